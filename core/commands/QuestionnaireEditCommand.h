#pragma once

#include "RowSnapshot.h"
#include "UndoCommand.h"
#include "questionnaire/Questionnaire.h"

#include <QString>

#include <vector>

class Project;

// Every edit of a draft questionnaire version: the new content is written in one transaction,
// and the rows before and after are kept whole (ids included), so undo and redo restore exactly
// what was there. Edits with the same merge key (typing into one field) become one step.
class QuestionnaireEditCommand : public UndoCommand
{
public:
    QuestionnaireEditCommand(Project* project, qint64 versionId, const QString& text, const Questionnaire& after,
                             const QString& mergeKey);

    bool redo(QString* error) override;
    bool undo(QString* error) override;
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 3000; }
    bool mergeWith(const UndoCommand* other) override;
    bool isObsolete() const override;

private:
    bool capture(const QSqlDatabase& db, std::vector<RowSnapshot>* rows, QString* error) const;
    bool restore(const std::vector<RowSnapshot>& rows, QString* error);

    Project* m_project;
    qint64 m_versionId;
    QString m_mergeKey;
    Questionnaire m_after;           // used on the first redo only
    bool m_applied = false;
    std::vector<RowSnapshot> m_beforeRows;
    std::vector<RowSnapshot> m_afterRows;
};
