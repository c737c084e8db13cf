#pragma once

#include "Questionnaire.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// The ready-made questionnaires shipped in resources/templates (retail, bank, restaurant, hotel,
// contact-centre call, e-mail / web enquiry), in the interchange format.
class QuestionnaireTemplates
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireTemplates)

public:
    struct Entry
    {
        QString id;   // file name without .json, e.g. "bank-branch-visit"
        QString code; // the questionnaire code inside
        QString name;
        QString channel;
        int questions = 0;
    };

    static QList<Entry> list();
    static std::optional<Questionnaire> load(const QString& id, QString* error);
};
