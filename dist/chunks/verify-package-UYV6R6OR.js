import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  parseNow,
  verify_package_default
} from "./chunk-ILOWLEZZ.js";
import "./chunk-VYIIKGOZ.js";
import "./chunk-ODS7LYII.js";
import "./chunk-VRYTUMXU.js";
import "./chunk-I6TTIQR5.js";
import "./chunk-QMOW4FBF.js";
import "./chunk-UTAM4NQJ.js";
import "./chunk-ZXSXFME2.js";
import "./chunk-ZNDEGRFE.js";
import "./chunk-F4KJ55X5.js";
import "./chunk-XOUA3GKF.js";
import "./chunk-T4WEBZS6.js";
import "./chunk-H2CS4N5L.js";
import "./chunk-XTSTDGMA.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";
export {
  verify_package_default as default,
  parseNow
};
