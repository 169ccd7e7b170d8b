import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  releaseTime
} from "./chunk-PYADJEUB.js";
import "./chunk-4NSJM3RA.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";
export {
  releaseTime
};
