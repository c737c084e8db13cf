#pragma once

#include "DomainLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// The read-only tables each area of the main window starts with: what they select, their column
// titles and the columns a search looks in. Later capabilities replace them with editors.
class AreaTables
{
    Q_DECLARE_TR_FUNCTIONS(AreaTables)

public:
    enum Table {
        Questions,
        Locations,
        Scenarios,
        Waves,
        Visits,
        Shoppers,
        Assignments,
        Responses,
        WaveResults,
    };

    struct Spec
    {
        QString select;            // SELECT ... FROM ... (no WHERE, no ORDER BY)
        QStringList headers;       // one per selected column
        QStringList searchColumns; // SQL expressions a search matches with LIKE
        QString naturalOrder;      // ORDER BY expressions until the user sorts by a column
        QHash<int, DomainLabels::Kind> labels = {}; // columns holding codes shown as words
    };

    static Spec spec(Table table);
    static QString title(Table table);
};
