import { createRequire as __relforgeCreateRequire } from 'node:module'; const require = __relforgeCreateRequire(import.meta.url);
import {
  relforgePackage
} from "./chunk-L6XLEXYC.js";
import "./chunk-QMIP2YKH.js";
import "./chunk-ZSVB6QKT.js";
import "./chunk-YAGOLX6F.js";
export {
  relforgePackage
};
