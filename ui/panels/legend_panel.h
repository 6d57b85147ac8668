#pragma once

#include "model/document.h"

#include <QWidget>

namespace sb::panels {

// The legend: what every marking on the canvas means, and the map's team colours.
class LegendPanel : public QWidget {
    Q_OBJECT
public:
    explicit LegendPanel(QWidget* parent = nullptr);
    void setDocument(Document* document);
    void setMap(MapUid map);
    QSize sizeHint() const override;
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return true; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    // Lays out (and with a painter, draws) the legend at this width; returns its height.
    int layOut(int width, QPainter* painter) const;

    Document* m_document = nullptr;
    MapUid m_map = 0;
};

} // namespace sb::panels
