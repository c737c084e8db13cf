#pragma once

#include "OdkForm.h"
#include "questionnaire/Questionnaire.h"
#include "questionnaire/QuestionnaireProblem.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

// Maps an ODK form read from an XLSForm to a new questionnaire (docs/odk.md): top-level groups
// become sections and groups in them sub-sections; question types, choices, texts in every
// language, `required` and the common forms of `relevant` carry over. A form ShopScope wrote
// itself comes back whole, scoring included, from its shopscope_* columns. Whatever has no
// place in a questionnaire (notes, GPS, photos, calculations, conditions of other forms) is
// listed as a warning naming its row; nothing is left out silently.
class OdkFormImporter
{
    Q_DECLARE_TR_FUNCTIONS(OdkFormImporter)

public:
    static std::optional<Questionnaire> toQuestionnaire(const OdkForm& form, QList<QuestionnaireProblem>* problems);
    // An XLSForm workbook read (XlsFormReader) and mapped, its problems in one list.
    static std::optional<Questionnaire> fromWorkbook(const QString& path, QList<QuestionnaireProblem>* problems);
};
