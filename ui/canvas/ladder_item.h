#pragma once

#include <QGraphicsItem>

namespace sb::canvas {

// The timeline ladder under a stream's lane: for each stage of the critical path, in its
// column, the wait (LT − PT) on the upper rung and the process time on the lower one; then a
// summary box at the end of the lane with lead time, process time, flow efficiency and rolled
// %C&A.
class LadderItem : public QGraphicsItem {
public:
    struct Rung {
        qreal left = 0; // the stage's column, in scene coordinates
        qreal right = 0;
        QString wait; // formatted, "1d 4h"
        QString work;
        bool operator==(const Rung&) const = default;
    };
    struct Content {
        QList<Rung> rungs; // critical path, in path order
        QString leadTime;  // empty with a flow cycle
        QString processTime;
        QString flowEfficiency;
        QString rolledPctCA;
        bool operator==(const Content&) const = default;
    };

    LadderItem();
    enum { Type = UserType + 50 };
    int type() const override { return Type; }

    void setGeometry(const QRectF& ladder, const QRectF& summary);
    void setContent(const Content& content);
    const Content& content() const { return m_content; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override;

private:
    QRectF m_ladder;
    QRectF m_summary;
    Content m_content;
};

} // namespace sb::canvas
