#include "edit_command.h"

#include "model/document.h"

namespace sb {

EditCommand::EditCommand(Document* document, const QString& text, QList<Operation> operations,
                         MergeId mergeId, QString mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_operations(std::move(operations))
    , m_mergeId(mergeId)
    , m_mergeKey(std::move(mergeKey))
    , m_refusedWrites(document->refusedWrites()) {}

void EditCommand::redo() {
    if (Journal::ElementRef stale; m_undone && !m_document->isCurrent(m_operations, &stale)) {
        m_document->refuseStale(text(), stale);
        return;
    }
    m_inverse.clear();
    m_inverse.reserve(m_operations.size());
    for (const Operation& o : std::as_const(m_operations))
        m_inverse.prepend(m_document->apply(o));
}

void EditCommand::undo() {
    m_undone = true;
    if (Journal::ElementRef stale; !m_document->isCurrent(m_inverse, &stale)) {
        m_document->refuseStale(text(), stale);
        return;
    }
    QList<Operation> forward;
    forward.reserve(m_inverse.size());
    for (const Operation& o : std::as_const(m_inverse))
        forward.prepend(m_document->apply(o));
    m_operations = std::move(forward);
}

bool EditCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = dynamic_cast<const EditCommand*>(other);
    if (!next || next->m_mergeId != m_mergeId || m_mergeId == MergeId::None ||
        next->m_mergeKey != m_mergeKey || next->m_document != m_document ||
        next->m_refusedWrites != m_refusedWrites)
        return false;
    m_operations += next->m_operations;
    m_inverse = next->m_inverse + m_inverse;
    return true;
}

} // namespace sb
