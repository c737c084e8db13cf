#pragma once

#include "OdkForm.h"
#include "questionnaire/QuestionnaireProblem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Reads an XLSForm workbook (survey, choices and settings sheets, as KoboToolbox and ODK
// Central take them) into an ODK form: columns by name in any case, texts per language
// ("label::English (en)", or a plain "label" for the default language), every row with the
// line it came from. Structural faults (no survey sheet, no type or name column, a choice list
// that does not exist, groups that do not close) are errors naming sheet, row and column.
class XlsFormReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsFormReader)

public:
    static std::optional<OdkForm> read(const QString& path, QList<QuestionnaireProblem>* problems);
};
