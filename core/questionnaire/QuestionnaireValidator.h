#pragma once

#include "Questionnaire.h"
#include "QuestionnaireProblem.h"

#include <QCoreApplication>
#include <QList>

// Everything that makes a questionnaire unusable (errors) or incomplete (warnings: missing
// translations), each with the code of the section or question it concerns.
class QuestionnaireValidator
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireValidator)

public:
    static QList<QuestionnaireProblem> validate(const Questionnaire& questionnaire);
    static bool hasErrors(const QList<QuestionnaireProblem>& problems);
    // 1-40 letters, digits, "_", "-" or "." (questionnaire, section, question and option codes).
    static bool isValidCode(const QString& code);
};
