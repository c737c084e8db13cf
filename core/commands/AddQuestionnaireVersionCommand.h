#pragma once

#include "RowSnapshot.h"
#include "UndoCommand.h"
#include "questionnaire/Questionnaire.h"

class Project;

// Adds a questionnaire version: a new questionnaire (from a template, an import or scratch) or
// the next version of an existing one (a copy of a frozen version to edit). Undo removes it.
class AddQuestionnaireVersionCommand : public UndoCommand
{
public:
    AddQuestionnaireVersionCommand(Project* project, const Questionnaire& questionnaire, const QString& text);

    bool redo(QString* error) override;
    bool undo(QString* error) override;
    qint64 versionId() const { return m_versionId; }

private:
    Project* m_project;
    Questionnaire m_questionnaire;
    qint64 m_versionId = 0;
    bool m_createdQuestionnaire = false;
    bool m_applied = false;
    std::vector<RowSnapshot> m_rows; // what redo puts back after an undo
};
