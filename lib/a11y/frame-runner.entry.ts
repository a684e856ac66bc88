/**
 * Entry of the preview frame's script (bundled by server/preview/frame-script.ts). axe-core's
 * bundle binds itself to the window it is loaded in: here, the frame's.
 */
import "@/lib/zod-without-eval";
import axe from "axe-core";
import { installFrameRunner } from "./frame-runner";

installFrameRunner(window, axe);
