#include "ResultsQuery.h"

namespace {
const std::pair<ResultsQuery::Dimension, const char*> kDimensionKeys[] = {
    { ResultsQuery::Dimension::Wave, "wave" },         { ResultsQuery::Dimension::Country, "country" },
    { ResultsQuery::Dimension::Region, "region" },     { ResultsQuery::Dimension::Area, "area" },
    { ResultsQuery::Dimension::Location, "location" }, { ResultsQuery::Dimension::Channel, "channel" },
    { ResultsQuery::Dimension::Scenario, "scenario" }, { ResultsQuery::Dimension::Competitor, "competitor" },
    { ResultsQuery::Dimension::Brand, "brand" },       { ResultsQuery::Dimension::Staff, "staff" },
    { ResultsQuery::Dimension::Section, "section" },   { ResultsQuery::Dimension::Question, "question" },
};
const std::pair<ResultsQuery::Measure, const char*> kMeasureKeys[] = {
    { ResultsQuery::Measure::Mean, "mean" },
    { ResultsQuery::Measure::YesShare, "yes" },
    { ResultsQuery::Measure::Nps, "nps" },
    { ResultsQuery::Measure::Distribution, "distribution" },
};
} // namespace

QList<ResultsQuery::Dimension> ResultsQuery::allDimensions()
{
    QList<Dimension> all;
    for (const auto& [dimension, key] : kDimensionKeys)
        all << dimension;
    return all;
}

QString ResultsQuery::dimensionKey(Dimension dimension)
{
    for (const auto& [candidate, key] : kDimensionKeys)
        if (candidate == dimension)
            return QString::fromLatin1(key);
    return {};
}

std::optional<ResultsQuery::Dimension> ResultsQuery::dimensionFromKey(const QString& key)
{
    for (const auto& [dimension, candidate] : kDimensionKeys)
        if (key == QLatin1String(candidate))
            return dimension;
    return std::nullopt;
}

std::optional<QList<ResultsQuery::Dimension>> ResultsQuery::parseDimensions(const QString& list,
                                                                            QString* error)
{
    QList<Dimension> dimensions;
    for (const QString& item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = item.trimmed().toLower();
        const auto dimension = dimensionFromKey(key);
        if (!dimension) {
            QStringList known;
            for (const auto& [candidate, name] : kDimensionKeys)
                known << QString::fromLatin1(name);
            *error = tr("“%1” is not a dimension (use %2)")
                         .arg(item.trimmed(), known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (dimensions.contains(*dimension)) {
            *error = tr("“%1” is given twice").arg(key);
            return std::nullopt;
        }
        dimensions << *dimension;
    }
    return dimensions;
}

QString ResultsQuery::measureKey(Measure measure)
{
    for (const auto& [candidate, key] : kMeasureKeys)
        if (candidate == measure)
            return QString::fromLatin1(key);
    return {};
}

std::optional<ResultsQuery::Measure> ResultsQuery::measureFromKey(const QString& key)
{
    for (const auto& [measure, candidate] : kMeasureKeys)
        if (key == QLatin1String(candidate))
            return measure;
    return std::nullopt;
}

std::optional<std::pair<ResultsQuery::Dimension, QString>> ResultsQuery::parseFilter(const QString& text)
{
    const auto dimension = dimensionFromKey(text.section(QLatin1Char('='), 0, 0).trimmed().toLower());
    const QString value = text.section(QLatin1Char('='), 1);
    if (!text.contains(QLatin1Char('=')) || value.isEmpty() || !dimension)
        return std::nullopt;
    return std::pair { *dimension, value };
}

std::optional<double> ResultsQuery::confidenceFromPercent(const QString& text)
{
    if (text != QLatin1String("90") && text != QLatin1String("95") && text != QLatin1String("99"))
        return std::nullopt;
    return text.toDouble() / 100.0;
}
