#pragma once

#include "DomainLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

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

    // A way to narrow a table: a condition whose '?' placeholders are all bound to the chosen
    // value. Filters with a label are offered in the table's filter bar; the others are set by code
    // (a tree beside the table).
    struct Filter
    {
        QString name;             // "channel": what callers set
        QString label;            // "Channel"; empty: not offered in the filter bar
        QString anyLabel;         // "All channels": the choice that removes the filter
        QString condition;        // "l.channel = ?"
        QString choicesQuery = {}; // SELECT value, label: the choices the file holds
        DomainLabels::Kind choiceLabels = DomainLabels::None; // words for the query's labels
        QList<std::pair<QString, QVariant>> fixedChoices = {}; // label, value: offered after the query's
    };

    struct Spec
    {
        QString select;            // SELECT ... FROM ... (no WHERE, no ORDER BY)
        QStringList headers;       // one per selected column
        QStringList searchColumns; // SQL expressions a search matches with LIKE
        QString naturalOrder;      // ORDER BY expressions until the user sorts by a column
        QHash<int, DomainLabels::Kind> labels = {}; // columns holding codes shown as words
        QList<Filter> filters = {};
        QStringList keys = {};      // machine names of the columns (for JSON), where a command needs them
    };

    static Spec spec(Table table);
    static QString title(Table table);
    // The SQL expression (in the spec's select) that identifies one row: its table's id.
    static QString rowKey(Table table);
};
