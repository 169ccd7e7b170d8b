import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  parseNow,
  verify_package_default
} from "./chunk-E45S2WW3.js";
import "./chunk-ODS7LYII.js";
import "./chunk-4JUBYVDI.js";
import "./chunk-PUJDSSOW.js";
import "./chunk-QDGQJLQ4.js";
import "./chunk-YF5KYWNU.js";
import "./chunk-QMOW4FBF.js";
import "./chunk-UTAM4NQJ.js";
import "./chunk-EMFWNUUK.js";
import "./chunk-H3MUK3LW.js";
import "./chunk-XOUA3GKF.js";
import "./chunk-Y7UKLQWK.js";
import "./chunk-NXKPZHBO.js";
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
