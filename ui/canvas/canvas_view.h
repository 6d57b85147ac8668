#pragma once

#include "commands/commands.h"

#include <QGraphicsView>

namespace sb::canvas {

class MapScene;
class InPlaceEditor;

// The view on a map's canvas: zoom with Ctrl+wheel or a pinch, pan with space-drag or the middle
// button, fit on open; edits an element's main text in place.
class CanvasView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CanvasView(QWidget* parent = nullptr);

    void setMapScene(MapScene* scene);
    MapScene* mapScene() const;

    qreal zoom() const { return transform().m11(); }
    void setZoom(qreal factor, const QPointF& anchorInView = {});
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // Fits the whole map (zoom at most 100%) and keeps it fitted while the view settles into its
    // size (the window shown, docks laid out or resized) until the user zooms, scrolls or an
    // element is brought into view.
    void openFitted();
    bool keepsFitted() const { return m_keepFitted; }
    void resetZoom();
    void centreOn(const QList<commands::ElementRef>& elements);
    // Scrolls just enough to show the elements, and keeps the header column (slice and lane
    // names, left) and the step header row (top) in view beside them, zooming out for that down
    // to headersZoom at the least; when even that cannot show both, the elements win.
    void reveal(const QList<commands::ElementRef>& elements);
    static constexpr qreal headersZoom = 0.5;
    // Zooms so the elements (or a scene rectangle) fill the view, up to largestZoom, and
    // centres them.
    void frame(const QList<commands::ElementRef>& elements, qreal largestZoom);
    void frameRect(const QRectF& area, qreal largestZoom);

    // Paints in the high-contrast presentation theme (style::Theme::Presentation).
    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }

    // Opens an editor over the element: its name or text, or a cell's four fields.
    void editInPlace(const commands::ElementRef& element);
    InPlaceEditor* inPlaceEditor() const { return m_editor; }

    static constexpr qreal minZoom = 0.1;
    static constexpr qreal maxZoom = 4.0;

signals:
    void zoomChanged(qreal factor);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;
    // Tab walks the stages of the canvas instead of moving focus to the next widget.
    bool focusNextPrevChild(bool next) override;

private:
    // The scene area the elements' items cover; null when none is shown.
    QRectF areaOf(const QList<commands::ElementRef>& elements) const;
    void commitEdit();
    void cancelEdit();
    void placeEditor();

    bool m_presentation = false;
    bool m_keepFitted = false;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
    qreal m_pinchStart = 1;
    InPlaceEditor* m_editor = nullptr;
    std::optional<commands::ElementRef> m_editing;
};

} // namespace sb::canvas
