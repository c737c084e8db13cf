#pragma once

#include "questionnaire/Questionnaire.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

// A form as XLSForm lays it out: survey rows, choice lists and settings. It is the one
// in-between shape of every ODK exchange: a questionnaire is mapped to it once, then written
// as an XForm or an XLSForm workbook; an XLSForm workbook is read into it, then mapped back to
// a questionnaire. Expressions use XLSForm's ${name} references; the XForm writer turns them
// into absolute paths. Texts are per language code ("en"), as in a questionnaire.
struct OdkChoice
{
    QString name; // the value stored in a submission
    LocalizedText label;
    QMap<QString, QString> extra; // shopscope_* columns of the choices sheet
    int line = 0;                 // the choices sheet's row, when read from a workbook
};

struct OdkChoiceList
{
    QString name;
    std::vector<OdkChoice> choices;
};

struct OdkRow
{
    QString type; // XLSForm's type column: "begin_group", "select_one yes_no", "integer", "calculate"...
    QString name;
    LocalizedText label;
    LocalizedText hint;
    LocalizedText requiredMessage;
    LocalizedText constraintMessage;
    QString required; // an XPath expression, "true()" or empty
    QString relevant;
    QString constraint;
    QString calculation;
    QString appearance;
    QString defaultValue;
    QMap<QString, QString> extra;            // shopscope_* columns of the survey sheet
    QMap<QString, LocalizedText> extraTexts; // shopscope_* columns with a language
    int line = 0;                            // the survey sheet's row, when read from a workbook

    // "select_one yes_no" -> "select_one"; the list after it -> listName().
    QString baseType() const { return type.section(QLatin1Char(' '), 0, 0); }
    QString listName() const { return type.section(QLatin1Char(' '), 1, 1); }
};

struct OdkForm
{
    QString title;
    QString id;
    QString version;
    QString defaultLanguage;
    QStringList languages; // language codes, the default first
    std::vector<OdkRow> rows;
    std::vector<OdkChoiceList> choiceLists;
    QMap<QString, QString> settingsExtra; // shopscope_* columns of the settings sheet

    const OdkChoiceList* choiceList(const QString& name) const
    {
        for (const OdkChoiceList& list : choiceLists)
            if (list.name == name)
                return &list;
        return nullptr;
    }
};
