import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  parseNow,
  verify_package_default
} from "./chunk-QPGWHNOQ.js";
import "./chunk-QGEYBINA.js";
import "./chunk-ODS7LYII.js";
import "./chunk-IYOERUYM.js";
import "./chunk-AOILE3EX.js";
import "./chunk-QMOW4FBF.js";
import "./chunk-UTAM4NQJ.js";
import "./chunk-ZXSXFME2.js";
import "./chunk-QMVRNVZ2.js";
import "./chunk-EMFWNUUK.js";
import "./chunk-XOUA3GKF.js";
import "./chunk-C2QXR4ER.js";
import "./chunk-H2CS4N5L.js";
import "./chunk-XTSTDGMA.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";
export {
  verify_package_default as default,
  parseNow
};
