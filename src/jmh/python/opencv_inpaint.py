#!/usr/bin/env python3
"""OpenCV's two classical inpainting methods on one case, for FillQualityReport.

usage: opencv_inpaint.py IMAGE.png MASK.png OUT_PREFIX
writes OUT_PREFIX-telea.png and OUT_PREFIX-ns.png and prints "telea <ms>" and "ns <ms>" (best of two runs).
"""
import sys
import time

import cv2

image = cv2.imread(sys.argv[1], cv2.IMREAD_COLOR)
mask = cv2.imread(sys.argv[2], cv2.IMREAD_GRAYSCALE)
mask = (mask > 0).astype("uint8") * 255
for name, flag in (("telea", cv2.INPAINT_TELEA), ("ns", cv2.INPAINT_NS)):
    best = None
    for _ in range(2):
        start = time.perf_counter()
        out = cv2.inpaint(image, mask, 3, flag)
        ms = (time.perf_counter() - start) * 1000
        best = ms if best is None else min(best, ms)
    cv2.imwrite(sys.argv[3] + "-" + name + ".png", out)
    print(name, round(best, 1))
