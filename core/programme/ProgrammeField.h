#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// The programme settings a user edits one at a time. Each maps to one column of the programme
// row; the column names are ours, never user text, so they can be part of the SQL.
class ProgrammeField
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeField)

public:
    enum Field {
        ClientName,
        ProgrammeName,
        TargetScore,
        SmallBaseThreshold,
        LockoutDays,
        StaffNamesAllowed,
        ReportLanguage,
        ChartFont, // a font family; empty: DejaVu Sans
        Logo, // PNG or JPEG bytes; null: none
    };

    static QString column(Field field);
    static QString label(Field field);
    // Checks a value before it is written; returns an empty string when it is acceptable.
    // A logo is checked by its bytes (the core has no image decoder): a PNG or JPEG signature.
    static QString validate(Field field, const QVariant& value);
};
