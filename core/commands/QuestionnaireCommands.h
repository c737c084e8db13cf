#pragma once

#include "questionnaire/Questionnaire.h"

#include <QString>

#include <functional>
#include <optional>

class Project;

// The edits the questionnaire designer makes. Each is one undo step and one transaction; an
// edit that changes nothing records nothing; a frozen version (one with reports) is refused.
namespace Command {

// Applies `change` to the version in memory and writes the result. Edits with the same non-empty
// merge key that follow each other (typing in one field) become one undo step.
bool editQuestionnaire(Project* project, qint64 versionId, const QString& text,
                       const std::function<bool(Questionnaire&, QString*)>& change, const QString& mergeKey,
                       QString* error);

// Adds a questionnaire (from a template, an import or scratch); returns the new version's id.
std::optional<qint64> addQuestionnaire(Project* project, const Questionnaire& questionnaire, QString* error);
// Copies a version (typically a frozen one) into a new draft version of the same questionnaire.
std::optional<qint64> newQuestionnaireVersion(Project* project, qint64 versionId, QString* error);

// Common structural edits; each returns false with a reason when it cannot be done.
std::optional<QString> addQuestion(Project* project, qint64 versionId, const QString& sectionCode, size_t index,
                                   QuestionType type, QString* error);
std::optional<QString> duplicateQuestion(Project* project, qint64 versionId, const QString& questionCode, QString* error);
bool removeQuestion(Project* project, qint64 versionId, const QString& questionCode, QString* error);
bool moveQuestion(Project* project, qint64 versionId, const QString& questionCode, const QString& toSectionCode,
                  size_t toIndex, QString* error);
std::optional<QString> addSection(Project* project, qint64 versionId, const QString& parentCode, size_t index,
                                  QString* error);
bool removeSection(Project* project, qint64 versionId, const QString& sectionCode, QString* error);
bool moveSection(Project* project, qint64 versionId, const QString& sectionCode, size_t toIndex, QString* error);
bool setQuestionText(Project* project, qint64 versionId, const QString& questionCode, const QString& language,
                     const QString& text, QString* error);

} // namespace Command
