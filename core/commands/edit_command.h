#pragma once

#include "model/operation.h"

#include <QUndoCommand>

namespace sb {

class Document;

// Ids that let successive edits of one field merge into one undo entry.
enum class MergeId {
    None = -1,
    EditField = 1,
};

// The one command class: a list of primitive operations applied in order on redo and undone in
// reverse. Every kind of edit is built as one of these by the functions in commands.h.
class EditCommand : public QUndoCommand {
public:
    EditCommand(Document* document, const QString& text, QList<Operation> operations,
                MergeId mergeId = MergeId::None, QString mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(m_mergeId); }
    bool mergeWith(const QUndoCommand* other) override;

    const QList<Operation>& operations() const { return m_operations; }

private:
    Document* m_document;
    QList<Operation> m_operations; // forward, in order
    QList<Operation> m_inverse;    // backward, in the order to apply them
    MergeId m_mergeId;
    QString m_mergeKey;
    bool m_undone = false; // redo checks the elements only after an undo
    int m_refusedWrites;   // the document's count when made
};

} // namespace sb
