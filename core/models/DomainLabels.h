#pragma once

#include <QCoreApplication>
#include <QString>

// The words users see for the codes stored in the file ("yes_no" is "Yes / No", "fieldwork" is
// "Fieldwork"). Codes stay in the file and in CLI output; people see these.
class DomainLabels
{
    Q_DECLARE_TR_FUNCTIONS(DomainLabels)

public:
    // Check: a flag, 1 shown as ✓ and 0 as nothing.
    enum Kind { None, QuestionType, Channel, WaveStatus, VisitStatus, Daypart, ShopperStatus, Gender, AssignedBy, Critical, Check };

    // The label for a code; an unknown code is shown as it is.
    static QString label(Kind kind, const QString& code);
};
