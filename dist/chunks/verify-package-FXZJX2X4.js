import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  parseNow,
  verify_package_default
} from "./chunk-XHAWKJ5O.js";
import "./chunk-ODS7LYII.js";
import "./chunk-LM6W3LUV.js";
import "./chunk-X53H377K.js";
import "./chunk-RY4AD7W3.js";
import "./chunk-AOILE3EX.js";
import "./chunk-QMOW4FBF.js";
import "./chunk-XYK7NYHJ.js";
import "./chunk-UTAM4NQJ.js";
import "./chunk-OAAFBZRQ.js";
import "./chunk-EMFWNUUK.js";
import "./chunk-QMVRNVZ2.js";
import "./chunk-XOUA3GKF.js";
import "./chunk-C2QXR4ER.js";
import "./chunk-H2CS4N5L.js";
import "./chunk-BLP2XCSJ.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-ZJ4GZZ6R.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";
export {
  verify_package_default as default,
  parseNow
};
