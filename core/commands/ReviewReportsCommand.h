#pragma once

#include "RowSnapshot.h"
#include "UndoCommand.h"

#include <QDateTime>

#include <vector>

class Project;

// Records a reviewer's decision on reports: approved (the visit counts in results) or sent back
// with a reason (the visit is 'rejected' until the shopper's corrected report comes in). Each
// decision leaves a qc_decision row and an event in the visit's history. Undo puts the visits
// back and removes both; redo writes the very same rows again.
class ReviewReportsCommand : public UndoCommand
{
public:
    enum class Decision { Approve, SendBack };
    struct Change
    {
        qint64 visitId = 0;
        qint64 responseId = 0;
    };

    ReviewReportsCommand(Project* project, std::vector<Change> changes, Decision decision, const QString& reason,
                         const QString& reviewer, const QString& text);

    bool redo(QString* error) override;
    bool undo(QString* error) override;

private:
    Project* m_project;
    std::vector<Change> m_changes;
    Decision m_decision;
    QString m_reason;
    QString m_reviewer;
    QDateTime m_at;
    std::vector<RowSnapshot> m_before;  // the visits as they were
    std::vector<RowSnapshot> m_written; // the decisions and events written, ids included
};
