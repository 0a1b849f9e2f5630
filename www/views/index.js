// Every view, with the chart code: loaded lazily by app.js after the first
// analysis, so the first paint needs none of it.
import * as overview from './overview.js';
import * as keywords from './keywords.js';
import * as timeline from './timeline.js';
import * as metrics from './metrics.js';
import * as places from './places.js';
import * as people from './people.js';
import * as network from './network.js';
import * as facts from './facts.js';
import * as kwic from './kwic.js';
import * as trends from './trends.js';
import * as compare from './compare.js';
import * as charts from '../charts.js';

export { charts };
export const views = { overview, keywords, timeline, metrics, places, people, network, facts, kwic, trends, compare };
