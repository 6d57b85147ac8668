#pragma once

#include "summary_box.h"

#include <QFont>
#include <QGraphicsItem>
#include <optional>

namespace sb::canvas {

// The timeline ladder under a stream's lane: for each stage of the critical path, in its
// column, the wait (LT − PT) on the upper rung and the process time on the lower one; then a
// summary box at the end of the lane with lead time, process time, flow efficiency and rolled
// %C&A, and the day length the times are written in (see summary_box.h).
//
// A stream's ladder is two items: the rungs and the summary under the flows and dependencies,
// and the rungs' labels above every line, each on a plate of the lane's colour, so a rework arc
// or a dependency crossing the ladder never runs through "wait 1w" or "work 1d".
class LadderItem : public QGraphicsItem {
public:
    enum class Layer { Rungs, Labels };
    static constexpr qreal rungsZ = 2;
    static constexpr qreal labelsZ = 12; // above every connector (handoffs sit at 11)

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
        QString dayLength; // "Days of 8 h"
        bool operator==(const Content&) const = default;
    };

    explicit LadderItem(Layer layer = Layer::Rungs);
    enum { Type = UserType + 50 };
    int type() const override { return Type; }

    Layer layer() const { return m_layer; }
    void setGeometry(const QRectF& ladder, const QRectF& summary);
    // The lane's background: the labels' plates take its colour.
    void setAlternateLane(bool alternate);
    void setContent(const Content& content);
    const Content& content() const { return m_content; }
    // The summary box's text as it is drawn.
    QList<SummaryLine> summaryLines() const;

    // A rung's labels: "wait 2d 3h" above the upper rung, "work 4h" under the lower one (or the
    // time alone where the words do not fit), and the plates behind them, in scene coordinates.
    struct Label {
        QString text;
        QRectF plate;
        bool wait = false;
    };
    QList<Label> labels() const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) override;

private:
    void paintRungs(QPainter* painter, const QRectF& exposed);
    void paintLabels(QPainter* painter, const QRectF& exposed);
    void paintSummary(QPainter* painter, bool detailed);

    Layer m_layer;
    bool m_alternateLane = false;
    QRectF m_ladder;
    QRectF m_summary;
    Content m_content;
    QList<Label> measureLabels() const;
    mutable std::optional<QList<Label>> m_labels;
    mutable QFont m_labelsFont;
};

} // namespace sb::canvas
