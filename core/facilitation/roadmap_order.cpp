#include "roadmap_order.h"

#include <algorithm>

namespace sb {

namespace {

int statusRank(ActionStatus s) {
    switch (s) {
    case ActionStatus::InProgress:
        return 0;
    case ActionStatus::Planned:
        return 1;
    case ActionStatus::Done:
        return 2;
    case ActionStatus::Dropped:
        break;
    }
    return 3;
}

} // namespace

QList<Action> inRoadmapOrder(QList<Action> actions) {
    std::stable_sort(actions.begin(), actions.end(), [](const Action& a, const Action& b) {
        if (statusRank(a.status) != statusRank(b.status))
            return statusRank(a.status) < statusRank(b.status);
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        return a.due < b.due;
    });
    return actions;
}

bool isOverdue(const Action& action, QDate today) {
    return action.due.isValid() && action.due < today &&
           (action.status == ActionStatus::Planned || action.status == ActionStatus::InProgress);
}

} // namespace sb
