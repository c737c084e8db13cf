#include "ChartData.h"

#include <QJsonArray>

namespace {

QString plain(const std::optional<double>& value, int decimals = 2)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

QJsonValue json(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString unitKey(ChartData::Unit unit)
{
    switch (unit) {
    case ChartData::Unit::Score: return QStringLiteral("score");
    case ChartData::Unit::Share: return QStringLiteral("share");
    case ChartData::Unit::Nps: return QStringLiteral("nps");
    case ChartData::Unit::Count: return QStringLiteral("count");
    case ChartData::Unit::Importance: return QStringLiteral("importance");
    }
    return {};
}

} // namespace

bool ChartData::isEmpty() const
{
    for (const Series& one : series)
        for (const Point& point : one.points)
            if (point.value)
                return false;
    return true;
}

int ChartData::bandOf(double value) const
{
    int band = bands.empty() ? -1 : 0;
    for (size_t i = 0; i < bands.size(); ++i)
        if (value >= bands[i].lowerBound)
            band = int(i);
    return band;
}

QList<QStringList> ChartData::rows() const
{
    const bool box = kind == Kind::BoxPlot;
    const bool quadrant = kind == Kind::Quadrant;
    QStringList header { QStringLiteral("category_code"), QStringLiteral("category"), QStringLiteral("series_code"),
                         QStringLiteral("series"), QStringLiteral("value"), QStringLiteral("n") };
    if (box)
        header << QStringLiteral("minimum") << QStringLiteral("lower_quartile") << QStringLiteral("median")
               << QStringLiteral("upper_quartile") << QStringLiteral("maximum");
    else if (quadrant)
        header << QStringLiteral("performance") << QStringLiteral("quadrant");
    else
        header << QStringLiteral("low") << QStringLiteral("high") << QStringLiteral("change")
               << QStringLiteral("significant");
    header << QStringLiteral("small_base");
    QList<QStringList> rows { header };
    for (size_t c = 0; c < categories.size(); ++c)
        for (const Series& one : series) {
            if (c >= one.points.size())
                continue;
            const Point& point = one.points[c];
            if (!point.value && point.n == 0)
                continue;
            QStringList row { categories[c].code, categories[c].label, one.code, one.name, plain(point.value),
                              QString::number(point.n) };
            if (box)
                for (const double value : point.box)
                    row << QString::number(value, 'f', 2);
            else if (quadrant)
                row << QString::number(point.x, 'f', 2)
                    << (point.quadrant >= 0 ? quadrantNames.value(point.quadrant) : QString());
            else
                row << plain(point.low) << plain(point.high) << plain(point.change)
                    << (point.change ? (point.significant ? QStringLiteral("yes") : QStringLiteral("no")) : QString());
            row << (point.smallBase ? QStringLiteral("yes") : QStringLiteral("no"));
            rows << row;
        }
    return rows;
}

QJsonObject ChartData::toJson() const
{
    QJsonArray categoryArray;
    for (const ResultsTable::Key& key : categories)
        categoryArray.append(QJsonObject { { QStringLiteral("code"), key.code }, { QStringLiteral("label"), key.label } });
    QJsonArray seriesArray;
    for (const Series& one : series) {
        QJsonArray points;
        for (const Point& point : one.points) {
            QJsonObject object { { QStringLiteral("value"), json(point.value) },
                                 { QStringLiteral("n"), point.n },
                                 { QStringLiteral("small_base"), point.smallBase } };
            if (point.low)
                object.insert(QStringLiteral("low"), *point.low);
            if (point.high)
                object.insert(QStringLiteral("high"), *point.high);
            if (point.change) {
                object.insert(QStringLiteral("change"), *point.change);
                object.insert(QStringLiteral("significant"), point.significant);
            }
            if (kind == Kind::BoxPlot) {
                QJsonArray box;
                for (const double value : point.box)
                    box.append(value);
                object.insert(QStringLiteral("box"), box);
            }
            if (kind == Kind::Quadrant) {
                object.insert(QStringLiteral("performance"), point.x);
                object.insert(QStringLiteral("quadrant"), quadrantNames.value(point.quadrant));
            }
            points.append(object);
        }
        seriesArray.append(QJsonObject { { QStringLiteral("code"), one.code },
                                         { QStringLiteral("name"), one.name },
                                         { QStringLiteral("points"), points } });
    }
    QJsonObject object { { QStringLiteral("view"), ChartViews::key(view) },
                         { QStringLiteral("title"), title },
                         { QStringLiteral("subtitle"), subtitle },
                         { QStringLiteral("unit"), unitKey(unit) },
                         { QStringLiteral("language"), language },
                         { QStringLiteral("categories"), categoryArray },
                         { QStringLiteral("series"), seriesArray },
                         { QStringLiteral("small_base_threshold"), smallBaseThreshold } };
    if (categoryDimension)
        object.insert(QStringLiteral("category_dimension"), ResultsQuery::dimensionKey(*categoryDimension));
    if (target)
        object.insert(QStringLiteral("target"), *target);
    return object;
}
