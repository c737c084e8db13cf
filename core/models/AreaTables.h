#pragma once

#include <QCoreApplication>
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
        int defaultSortColumn = 0; // 0-based
        QString where;             // fixed condition, may be empty
    };

    static Spec spec(Table table);
    static QString title(Table table);
};
