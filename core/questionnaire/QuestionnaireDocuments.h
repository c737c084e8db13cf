#pragma once

#include "Questionnaire.h"

#include <QCoreApplication>
#include <QString>

// Printable documents of a questionnaire, as HTML (the window prints them to PDF, the command
// line writes them): the shopper's briefing (the form in one language, with help and
// conditions in words) and the scoring sheet for the client's sign-off (codes, weights, points,
// critical and bonus items, section weights).
class QuestionnaireDocuments
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireDocuments)

public:
    static QString briefingHtml(const Questionnaire& questionnaire, const QString& language);
    static QString scoringSheetHtml(const Questionnaire& questionnaire, const QString& language);
};
