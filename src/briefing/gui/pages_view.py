"""The Pages view: the brief's pages as they will print, one under another, fitted to the width.

The pages are drawn in a child process (`services.pages.render_pages`, the PDF export itself);
this widget only paints the images it is given, and only those in view.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from briefing.gui import names

GAP_PX = 12                   # between pages, and around them
DPI_STEP = 24                 # pages are redrawn only when the wanted resolution moves a step
POINTS_PER_INCH = 72
A4_WIDTH_PT = 595             # the width assumed before the first pages arrive
BACKDROP = QColor("#8a8f96")  # the desk the pages lie on
MARK = QColor("#1f6fd1")      # the frame round the page of the selected item


class PageCanvas(QAbstractScrollArea):
    """Paints page images fitted to its width; scrolls vertically."""

    dpi_wanted = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.PAGES_CANVAS)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.images: list[QImage] = []
        self.page_width_pt = float(A4_WIDTH_PT)
        self.marked: int | None = None
        self._tops: list[int] = []
        self._heights: list[int] = []
        self._dpi_asked = 0.0

    # --- layout ---------------------------------------------------------------------------
    def page_pixel_width(self) -> int:
        return max(self.viewport().width() - 2 * GAP_PX, 40)

    def wanted_dpi(self) -> float:
        """A resolution that fills the width in device pixels, rounded up to a step."""
        device_px = self.page_pixel_width() * self.devicePixelRatioF()
        return float(math.ceil(device_px * POINTS_PER_INCH / self.page_width_pt / DPI_STEP) * DPI_STEP)

    def _relayout(self) -> None:
        width = self.page_pixel_width()
        self._tops, self._heights = [], []
        y = GAP_PX
        for image in self.images:
            height = round(width * image.height() / max(image.width(), 1))
            self._tops.append(y)
            self._heights.append(height)
            y += height + GAP_PX
        total = y
        bar = self.verticalScrollBar()
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(max(self.viewport().height() // 10, 10))
        bar.setRange(0, max(total - self.viewport().height(), 0))
        self.viewport().update()

    def set_images(self, images: list[QImage], page_width_pt: float) -> None:
        first = self.first_visible_page()
        self.images = images
        self.page_width_pt = page_width_pt
        self._relayout()
        if first is not None and first < len(images):
            self.scroll_to_page(first)

    def page_rect(self, index: int) -> QRect:
        return QRect(GAP_PX, self._tops[index] - self.verticalScrollBar().value(),
                     self.page_pixel_width(), self._heights[index])

    def first_visible_page(self) -> int | None:
        top = self.verticalScrollBar().value()
        for index, (y, height) in enumerate(zip(self._tops, self._heights, strict=True)):
            if y + height > top:
                return index
        return None

    def scroll_to_page(self, index: int) -> None:
        if 0 <= index < len(self._tops):
            self.verticalScrollBar().setValue(self._tops[index] - GAP_PX)

    # --- events ---------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        first = self.first_visible_page()
        super().resizeEvent(event)
        self._relayout()
        if first is not None:
            self.scroll_to_page(first)
        dpi = self.wanted_dpi()
        if dpi != self._dpi_asked:
            self._dpi_asked = dpi
            self.dpi_wanted.emit(dpi)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), BACKDROP)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for index, image in enumerate(self.images):
            rect = self.page_rect(index)
            if not rect.intersects(event.rect()):
                continue
            painter.drawImage(rect, image)
            if index == self.marked:
                painter.setPen(QPen(MARK, 3))
                painter.drawRect(rect.adjusted(-2, -2, 1, 1))
        painter.end()


class PagesView(QWidget):
    """A status line over the pages: how many, and whether they show the brief as it is now."""

    dpi_wanted = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.PAGES_VIEW)
        self.status = QLabel(self)
        self.status.setObjectName(names.PAGES_STATUS)
        self.status.setWordWrap(True)
        self.canvas = PageCanvas(self)
        self.canvas.dpi_wanted.connect(self.dpi_wanted)
        self.canvas.setToolTip("The brief as it will print, with the chosen template and style (Ctrl+P prints it)")
        top = QHBoxLayout()
        top.addWidget(QLabel("<b>Pages</b>", self))
        top.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        self.dpi = 0.0
        self.show_message("The pages appear here once a brief is composed.")

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    def clear(self, text: str) -> None:
        self.canvas.marked = None
        self.canvas.set_images([], A4_WIDTH_PT)
        self.dpi = 0.0
        self.show_message(text)

    def set_pages(self, printed) -> None:
        """Show `services.pages.PrintedPages`."""
        images = [QImage(p.rgb, p.width, p.height, p.stride, QImage.Format.Format_RGB888).copy()
                  for p in printed.pages]
        width_pt = printed.pages[0].width * POINTS_PER_INCH / printed.dpi if printed.pages else A4_WIDTH_PT
        self.dpi = printed.dpi
        self.canvas.set_images(images, width_pt)
        count = len(images)
        self.show_message(f"{count} page{'s' if count != 1 else ''}, as printed")

    def page_count(self) -> int:
        return len(self.canvas.images)

    def wanted_dpi(self) -> float:
        return self.canvas.wanted_dpi()

    def show_page(self, index: int | None) -> None:
        """Bring a page into view and frame it (the page of the item selected in the brief)."""
        self.canvas.marked = index
        if index is not None:
            self.canvas.scroll_to_page(index)
        self.canvas.viewport().update()

    def shown_page(self) -> int | None:
        return self.canvas.first_visible_page()

    def in_view(self, index: int) -> bool:
        """Page `index` is (at least partly) on screen."""
        return 0 <= index < self.page_count() and \
            self.canvas.page_rect(index).intersects(self.canvas.viewport().rect())
