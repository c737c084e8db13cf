#pragma once

#include "OdkForm.h"
#include "questionnaire/Questionnaire.h"
#include "questionnaire/QuestionnaireProblem.h"

#include <QCoreApplication>
#include <QList>

// Maps a questionnaire version to an ODK form (docs/odk.md): sections become groups, every
// question type its XLSForm type, conditions `relevant`, mandatory `required`, required
// comments a comment field whose `required` is the rule, every language a translation; hidden
// fields carry the visit, and calculate fields reproduce ShopScope's score. ShopScope's own
// settings (points, weights, critical items...) travel in shopscope_* columns, which ODK tools
// ignore and the XLSForm import reads back. What ODK cannot express is listed in the notes.
class OdkFormBuilder
{
    Q_DECLARE_TR_FUNCTIONS(OdkFormBuilder)

public:
    struct Options
    {
        QString version;          // the form version ODK tools compare; default: the date and time
        bool askVisitId = false;  // a visible visit-id question instead of a hidden field
        bool commentForEveryQuestion = false;
    };

    static OdkForm build(const Questionnaire& questionnaire, const Options& options, QList<QuestionnaireProblem>* notes);
};
