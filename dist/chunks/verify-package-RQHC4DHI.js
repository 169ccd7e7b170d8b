import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  parseNow,
  verify_package_default
} from "./chunk-V6KSH7RS.js";
import "./chunk-ODS7LYII.js";
import "./chunk-V3C77CNQ.js";
import "./chunk-IYOERUYM.js";
import "./chunk-AOILE3EX.js";
import "./chunk-QMOW4FBF.js";
import "./chunk-UTAM4NQJ.js";
import "./chunk-ZXSXFME2.js";
import "./chunk-QMVRNVZ2.js";
import "./chunk-XOUA3GKF.js";
import "./chunk-EMFWNUUK.js";
import "./chunk-C2QXR4ER.js";
import "./chunk-H2CS4N5L.js";
import "./chunk-OOB54IZK.js";
import "./chunk-E2MW5JXR.js";
import "./chunk-QFKG4NH3.js";
import "./chunk-A3HMJ4J5.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";
export {
  verify_package_default as default,
  parseNow
};
