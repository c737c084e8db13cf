#pragma once

#include <QString>

// One thing wrong with a questionnaire, and where: "sections[2].questions[4].type" in a JSON
// file, or a question or section code in a stored questionnaire.
struct QuestionnaireProblem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString location;
    QString message;

    QString toString() const { return location.isEmpty() ? message : location + QStringLiteral(": ") + message; }
};
