#include "ResultsTable.h"

#include <QJsonArray>

namespace {

// Dimensions whose keys have a label besides the code, printed as a "<dimension>_name" column.
bool hasLabel(ResultsQuery::Dimension dimension)
{
    using D = ResultsQuery::Dimension;
    return dimension == D::Wave || dimension == D::Location || dimension == D::Scenario
        || dimension == D::Section || dimension == D::Question;
}

QString number(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 4) : QString();
}

QJsonValue json(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QStringList measureColumns(ResultsQuery::Measure measure)
{
    switch (measure) {
    case ResultsQuery::Measure::Mean:
        return { QStringLiteral("n"),         QStringLiteral("mean"), QStringLiteral("sd"),
                 QStringLiteral("margin"),    QStringLiteral("low"),  QStringLiteral("high"),
                 QStringLiteral("small_base") };
    case ResultsQuery::Measure::YesShare:
        return { QStringLiteral("n"),         QStringLiteral("yes"), QStringLiteral("share"),
                 QStringLiteral("margin"),    QStringLiteral("low"), QStringLiteral("high"),
                 QStringLiteral("small_base") };
    case ResultsQuery::Measure::Nps:
        return { QStringLiteral("n"),          QStringLiteral("promoters"), QStringLiteral("passives"),
                 QStringLiteral("detractors"), QStringLiteral("nps"),       QStringLiteral("margin"),
                 QStringLiteral("low"),        QStringLiteral("high"),      QStringLiteral("small_base") };
    case ResultsQuery::Measure::Distribution:
        return { QStringLiteral("category"), QStringLiteral("category_name"), QStringLiteral("count"),
                 QStringLiteral("n"),        QStringLiteral("share"),         QStringLiteral("margin"),
                 QStringLiteral("low"),      QStringLiteral("high"),          QStringLiteral("small_base") };
    }
    return {};
}

QStringList measureValues(ResultsQuery::Measure measure, const ResultsTable::Cell& cell)
{
    const QString small = cell.smallBase ? QStringLiteral("1") : QStringLiteral("0");
    switch (measure) {
    case ResultsQuery::Measure::Mean:
        return { QString::number(cell.n),
                 number(cell.value),
                 number(cell.sd),
                 number(cell.margin),
                 number(cell.low),
                 number(cell.high),
                 small };
    case ResultsQuery::Measure::YesShare:
        return { QString::number(cell.n),
                 QString::number(cell.count),
                 number(cell.value),
                 number(cell.margin),
                 number(cell.low),
                 number(cell.high),
                 small };
    case ResultsQuery::Measure::Nps:
        return { QString::number(cell.n),
                 QString::number(cell.promoters),
                 QString::number(cell.passives),
                 QString::number(cell.detractors),
                 number(cell.value),
                 number(cell.margin),
                 number(cell.low),
                 number(cell.high),
                 small };
    case ResultsQuery::Measure::Distribution:
        return { cell.category,           cell.categoryLabel, QString::number(cell.count),
                 QString::number(cell.n), number(cell.value), number(cell.margin),
                 number(cell.low),        number(cell.high),  small };
    }
    return {};
}

} // namespace

QString ResultsTable::levelKey(Level level)
{
    switch (level) {
    case Level::Visit:
        return QStringLiteral("visit");
    case Level::Section:
        return QStringLiteral("section");
    case Level::Question:
        return QStringLiteral("question");
    }
    return {};
}

QList<QStringList> ResultsTable::toRows() const
{
    QStringList header;
    for (const ResultsQuery::Dimension dimension : by) {
        header << ResultsQuery::dimensionKey(dimension);
        if (hasLabel(dimension))
            header << ResultsQuery::dimensionKey(dimension) + QStringLiteral("_name");
    }
    header << measureColumns(query.measure);
    QList<QStringList> rows { header };
    for (const Cell& cell : cells) {
        QStringList row;
        for (int d = 0; d < by.size(); ++d) {
            row << key(cell, d).code;
            if (hasLabel(by[d]))
                row << key(cell, d).label;
        }
        row << measureValues(query.measure, cell);
        rows << row;
    }
    return rows;
}

QJsonObject ResultsTable::toJson() const
{
    QJsonArray byKeys;
    for (const ResultsQuery::Dimension dimension : by)
        byKeys.append(ResultsQuery::dimensionKey(dimension));
    QJsonObject filters;
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it)
        filters.insert(ResultsQuery::dimensionKey(it.key()), QJsonArray::fromStringList(it.value()));
    QJsonArray list;
    for (const Cell& cell : cells) {
        QJsonObject object;
        for (int d = 0; d < by.size(); ++d) {
            object.insert(ResultsQuery::dimensionKey(by[d]), key(cell, d).code);
            if (hasLabel(by[d]))
                object.insert(ResultsQuery::dimensionKey(by[d]) + QStringLiteral("_name"),
                              key(cell, d).label);
        }
        object.insert(QStringLiteral("n"), cell.n);
        switch (query.measure) {
        case ResultsQuery::Measure::Mean:
            object.insert(QStringLiteral("mean"), json(cell.value));
            object.insert(QStringLiteral("sd"), json(cell.sd));
            break;
        case ResultsQuery::Measure::YesShare:
            object.insert(QStringLiteral("yes"), cell.count);
            object.insert(QStringLiteral("share"), json(cell.value));
            break;
        case ResultsQuery::Measure::Nps:
            object.insert(QStringLiteral("promoters"), cell.promoters);
            object.insert(QStringLiteral("passives"), cell.passives);
            object.insert(QStringLiteral("detractors"), cell.detractors);
            object.insert(QStringLiteral("nps"), json(cell.value));
            break;
        case ResultsQuery::Measure::Distribution:
            object.insert(QStringLiteral("category"), cell.category);
            object.insert(QStringLiteral("category_name"), cell.categoryLabel);
            object.insert(QStringLiteral("count"), cell.count);
            object.insert(QStringLiteral("share"), json(cell.value));
            break;
        }
        object.insert(QStringLiteral("margin"), json(cell.margin));
        object.insert(QStringLiteral("low"), json(cell.low));
        object.insert(QStringLiteral("high"), json(cell.high));
        object.insert(QStringLiteral("small_base"), cell.smallBase);
        list.append(object);
    }
    return QJsonObject { { QStringLiteral("measure"), ResultsQuery::measureKey(query.measure) },
                         { QStringLiteral("level"), levelKey(level) },
                         { QStringLiteral("by"), byKeys },
                         { QStringLiteral("filters"), filters },
                         { QStringLiteral("include_pending"), query.includePending },
                         { QStringLiteral("confidence"), query.confidence },
                         { QStringLiteral("small_base_threshold"), smallBaseThreshold },
                         { QStringLiteral("cells"), list } };
}
