#include "ChartBuilder.h"

#include "DriverAnalysis.h"
#include "programme/ProgrammeSettings.h"
#include "project/NativeQuery.h"
#include "results/ResultsAggregator.h"
#include "results/ResultsCatalog.h"
#include "results/ResultsStatistics.h"
#include "results/ScoredResponse.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

using Dimension = ResultsQuery::Dimension;
using Measure = ResultsQuery::Measure;
using View = ChartViews::View;

struct ChartBuilder::Context
{
    ChartRequest request;
    Wave wave;
    const Wave* previous = nullptr;

    ResultsQuery query(Measure measure, QList<Dimension> by, bool thisWave = true) const
    {
        ResultsQuery query;
        query.measure = measure;
        query.by = std::move(by);
        query.filters = request.filters;
        query.filters.remove(Dimension::Wave);
        if (thisWave)
            query.filters[Dimension::Wave] = { wave.code };
        query.includePending = request.includePending;
        query.confidence = request.confidence;
        return query;
    }
};

namespace {

// Cells of a one- or two-dimensional table by the codes of their keys.
std::map<std::pair<QString, QString>, const ResultsTable::Cell*> cellsByCodes(const ResultsTable& table)
{
    std::map<std::pair<QString, QString>, const ResultsTable::Cell*> cells;
    for (const ResultsTable::Cell& cell : table.cells)
        cells[{ table.key(cell, 0).code, table.by.size() > 1 ? table.key(cell, 1).code : QString() }] = &cell;
    return cells;
}

ChartData::Point pointOf(const ResultsTable::Cell& cell)
{
    ChartData::Point point;
    point.value = cell.value;
    point.n = cell.n;
    // A mean's interval can pass 0 or 100 (t·sd/√n); a score cannot: clip it to the scale.
    point.low = cell.low ? std::optional<double>(std::clamp(*cell.low, 0.0, 100.0)) : std::nullopt;
    point.high = cell.high ? std::optional<double>(std::clamp(*cell.high, 0.0, 100.0)) : std::nullopt;
    point.smallBase = cell.smallBase;
    return point;
}

// Welch's test between two mean scores (the later one minus the earlier).
void compareMeans(ChartData::Point* point, const ResultsTable::Cell& later, const ResultsTable::Cell& earlier,
                  double confidence)
{
    if (!later.value || !earlier.value)
        return;
    point->change = *later.value - *earlier.value;
    if (const auto change = ResultsStatistics::meanChange(*earlier.value, earlier.sd.value_or(0), earlier.n,
                                                          *later.value, later.sd.value_or(0), later.n, confidence))
        point->significant = change->significant;
}

void compareShares(ChartData::Point* point, const ResultsTable::Cell& later, const ResultsTable::Cell& earlier,
                   double confidence)
{
    if (!later.value || !earlier.value)
        return;
    point->change = *later.value - *earlier.value;
    if (const auto change = ResultsStatistics::shareChange(earlier.count, earlier.n, later.count, later.n, confidence))
        point->significant = change->significant;
}

double quantile(const std::vector<double>& sorted, double p)
{
    // Linear interpolation between order statistics (type 7, as R and spreadsheets do).
    if (sorted.empty())
        return 0;
    const double position = p * double(sorted.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(sorted.size() - 1, below + 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

} // namespace

ChartBuilder::ChartBuilder(const QSqlDatabase& db)
    : m_db(db)
{
}

bool ChartBuilder::load(QString* error, bool includePending)
{
    const auto settings = ProgrammeSettings::read(m_db, error);
    if (!settings)
        return false;
    m_texts = ReportTexts(settings->reportLanguage);
    m_target = settings->targetScore.isNull() ? std::nullopt : std::optional<double>(settings->targetScore.toDouble());
    m_smallBaseThreshold = settings->smallBaseThreshold;
    m_programmeName = settings->programmeName;
    m_clientName = settings->clientName;

    QSqlQuery query(m_db);
    m_bands.clear();
    if (!query.exec(QStringLiteral("SELECT lower_bound, label, colour FROM score_band ORDER BY lower_bound"))) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        m_bands.push_back({ query.value(0).toDouble(), query.value(1).toString(), query.value(2).toString() });

    m_waves.clear();
    query.prepare(QStringLiteral("SELECT w.id, w.code, w.name, EXISTS (SELECT 1 FROM visit v WHERE v.wave_id = w.id "
                                 "AND v.status IN ('approved', ?)), w.status IN ('closed', 'reported') "
                                 "FROM wave w ORDER BY w.starts_on, w.code"));
    query.addBindValue(includePending ? QStringLiteral("submitted") : QStringLiteral("approved"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        m_waves.push_back({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toBool(), query.value(4).toBool() });
    return true;
}

std::optional<ChartBuilder::Wave> ChartBuilder::wave(const QString& codeOrName, QString* error) const
{
    if (codeOrName.isEmpty()) {
        for (auto it = m_waves.crbegin(); it != m_waves.crend(); ++it)
            if (it->hasResults && it->finished)
                return *it;
        for (auto it = m_waves.crbegin(); it != m_waves.crend(); ++it)
            if (it->hasResults)
                return *it;
        *error = tr("there are no approved reports yet: charts show approved results");
        return std::nullopt;
    }
    for (const Wave& wave : m_waves)
        if (wave.code == codeOrName || wave.name.compare(codeOrName, Qt::CaseInsensitive) == 0)
            return wave;
    *error = tr("there is no wave “%1”").arg(codeOrName);
    return std::nullopt;
}

const ChartBuilder::Wave* ChartBuilder::previousWave(const Wave& wave) const
{
    const Wave* previous = nullptr;
    for (const Wave& candidate : m_waves) {
        if (candidate.id == wave.id)
            return previous;
        if (candidate.hasResults)
            previous = &candidate;
    }
    return nullptr;
}

QList<const ChartBuilder::Wave*> ChartBuilder::wavesUpTo(const Wave& wave) const
{
    QList<const Wave*> waves;
    for (const Wave& candidate : m_waves) {
        if (candidate.hasResults)
            waves << &candidate;
        if (candidate.id == wave.id)
            break;
    }
    return waves;
}

std::optional<ChartData> ChartBuilder::build(const ChartRequest& request, QString* error) const
{
    // A section or question filter narrows what a chart is made of; only the charts of
    // sections and standards have such parts (the others are of whole visits).
    const bool ofSections = request.view == View::Sections || request.view == View::Compliance || request.view == View::Heatmap;
    if (request.filters.contains(Dimension::Question) && request.view != View::Compliance) {
        *error = tr("a question filter goes with the compliance chart only");
        return std::nullopt;
    }
    if (request.filters.contains(Dimension::Section) && !ofSections) {
        *error = tr("a section filter goes with the sections, compliance and heat map charts only");
        return std::nullopt;
    }
    const auto chosen = wave(request.wave, error);
    if (!chosen)
        return std::nullopt;
    Context context { request, *chosen, previousWave(*chosen) };
    switch (request.view) {
    case View::ByLocation: return byPlace(context, error);
    case View::Trend: return trend(context, error);
    case View::Sections: return sections(context, error);
    case View::Compliance: return compliance(context, error);
    case View::Heatmap: return heatmap(context, error);
    case View::Distribution: return distribution(context, error);
    case View::Benchmark: return benchmark(context, error);
    case View::Nps: return nps(context, error);
    case View::Scales: return scales(context, error);
    case View::Drivers: return drivers(context, error);
    }
    return std::nullopt;
}

bool ChartBuilder::aggregateBefore(const Context& context, Measure measure, const QList<Dimension>& by,
                                   std::optional<ResultsTable>* table, QString* error) const
{
    table->reset();
    if (!context.previous)
        return true;
    Context earlier = context;
    earlier.wave = *context.previous;
    *table = ResultsAggregator::aggregate(m_db, earlier.query(measure, by), error);
    return table->has_value();
}

ChartData ChartBuilder::start(const Context& context, ChartData::Kind kind, ChartData::Unit unit) const
{
    ChartData chart;
    chart.view = context.request.view;
    chart.kind = kind;
    chart.unit = unit;
    chart.language = m_texts.language();
    chart.bands = m_bands;
    chart.smallBaseThreshold = m_smallBaseThreshold;
    chart.valueAxisTitle = unit == ChartData::Unit::Share ? m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Share of yes (%)"))
        : unit == ChartData::Unit::Nps                   ? m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "NPS"))
        : unit == ChartData::Unit::Count                 ? m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Visits"))
                                                         : m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Score (%)"));
    chart.footnote = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Hatched: fewer than %1 visits, read with care."))
                         .arg(m_smallBaseThreshold);
    if (m_target)
        chart.targetLabel = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Target %1")).arg(m_texts.number(*m_target, 0));
    return chart;
}

QString ChartBuilder::subtitle(const Context& context, qint64 base) const
{
    QStringList parts { context.wave.name };
    for (auto it = context.request.filters.cbegin(); it != context.request.filters.cend(); ++it) {
        if (it.key() == Dimension::Wave || it.value().isEmpty())
            continue;
        if (it.key() == Dimension::Competitor && it.value().size() == 1) // "Own network", not "Competitor: no"
            parts << (it.value().first() == QLatin1String("yes") ? m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Competitors"))
                                                                  : m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Own network")));
        else
            parts << perName(it.key()) + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    }
    if (base >= 0)
        parts << m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "n = %1 visits")).arg(m_texts.locale().toString(base));
    return parts.join(QStringLiteral(" · "));
}

QString ChartBuilder::perName(Dimension dimension) const
{
    switch (dimension) {
    case Dimension::Wave: return m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Wave"));
    case Dimension::Country: return m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Country"));
    case Dimension::Region: return m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Region"));
    case Dimension::Area: return m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Area"));
    case Dimension::Location: return m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Location"));
    case Dimension::Channel: return m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Channel"));
    case Dimension::Scenario: return m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Scenario"));
    case Dimension::Competitor: return m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Competitor"));
    case Dimension::Brand: return m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Brand"));
    case Dimension::Staff: return m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Staff"));
    case Dimension::Section: return m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Section"));
    case Dimension::Question: return m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Question"));
    }
    return {};
}

std::optional<ChartData> ChartBuilder::byPlace(const Context& context, QString* error) const
{
    const Dimension per = context.request.per.value_or(Dimension::Region);
    if (per == Dimension::Section || per == Dimension::Question || per == Dimension::Wave) {
        *error = tr("a score by place is per region, area, location, channel, scenario, brand or staff, not per %1")
                     .arg(ResultsQuery::dimensionKey(per));
        return std::nullopt;
    }
    const auto table = ResultsAggregator::aggregate(m_db, context.query(Measure::Mean, { per }), error);
    if (!table)
        return std::nullopt;
    std::optional<ResultsTable> before;
    if (!aggregateBefore(context, Measure::Mean, { per }, &before, error))
        return std::nullopt;
    ChartData chart = start(context, ChartData::Kind::Bars, ChartData::Unit::Score);
    chart.horizontal = true;
    chart.categoryDimension = per;
    chart.target = m_target;
    chart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Score by %1")).arg(perName(per).toLower());
    chart.categoryAxisTitle = perName(per);
    std::vector<const ResultsTable::Cell*> cells;
    for (const ResultsTable::Cell& cell : table->cells)
        cells.push_back(&cell);
    // Best first; no score last.
    std::stable_sort(cells.begin(), cells.end(), [](const ResultsTable::Cell* a, const ResultsTable::Cell* b) {
        return a->value.value_or(-1) > b->value.value_or(-1);
    });
    const auto earlier = before ? cellsByCodes(*before) : decltype(cellsByCodes(*before)) {};
    ChartData::Series series { QStringLiteral("score"), context.wave.name, {}, false, false };
    qint64 base = 0;
    for (const ResultsTable::Cell* cell : cells) {
        const ResultsTable::Key& key = table->key(*cell, 0);
        chart.categories.push_back(key);
        ChartData::Point point = pointOf(*cell);
        const auto found = earlier.find({ key.code, QString() });
        if (found != earlier.end())
            compareMeans(&point, *cell, *found->second, context.request.confidence);
        series.points.push_back(point);
        base += cell->n;
    }
    chart.series.push_back(series);
    chart.subtitle = subtitle(context, base);
    return chart;
}

std::optional<ChartData> ChartBuilder::trend(const Context& context, QString* error) const
{
    const std::optional<Dimension> per = context.request.per;
    if (per && (*per == Dimension::Section || *per == Dimension::Question || *per == Dimension::Wave)) {
        *error = tr("a trend is of the whole programme or per region, channel, scenario or another place, not per %1")
                     .arg(ResultsQuery::dimensionKey(*per));
        return std::nullopt;
    }
    const QList<const Wave*> waves = wavesUpTo(context.wave);
    ResultsQuery query = context.query(Measure::Mean, per ? QList<Dimension> { Dimension::Wave, *per }
                                                          : QList<Dimension> { Dimension::Wave },
                                       false);
    for (const Wave* wave : waves)
        query.filters[Dimension::Wave] << wave->code;
    const auto table = ResultsAggregator::aggregate(m_db, query, error);
    if (!table)
        return std::nullopt;
    ChartData chart = start(context, ChartData::Kind::Lines, ChartData::Unit::Score);
    chart.categoryDimension = Dimension::Wave;
    chart.target = m_target;
    chart.title = per ? m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Score over the waves by %1")).arg(perName(*per).toLower())
                      : m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Score over the waves"));
    chart.categoryAxisTitle = perName(Dimension::Wave);
    chart.footnote += QLatin1Char(' ')
        + m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Bands: margin of error at %1 %. A marker: a significant change since the wave before."))
              .arg(m_texts.number(context.request.confidence * 100, 0));
    for (const Wave* wave : waves)
        chart.categories.push_back({ wave->code, wave->name });
    const auto cells = cellsByCodes(*table);
    const std::vector<ResultsTable::Key> groups
        = per ? table->keys[1] : std::vector<ResultsTable::Key> { { QString(), m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Programme")) } };
    qint64 base = 0;
    for (const ResultsTable::Key& group : groups) {
        ChartData::Series series { group.code.isEmpty() ? QStringLiteral("programme") : group.code, group.label, {}, false, false };
        const ResultsTable::Cell* earlier = nullptr;
        for (const Wave* wave : waves) {
            const auto found = cells.find({ wave->code, group.code });
            if (found == cells.end()) {
                series.points.push_back({});
                continue;
            }
            ChartData::Point point = pointOf(*found->second);
            if (earlier)
                compareMeans(&point, *found->second, *earlier, context.request.confidence);
            earlier = found->second;
            if (wave->id == context.wave.id)
                base += found->second->n;
            series.points.push_back(point);
        }
        chart.series.push_back(series);
    }
    chart.subtitle = subtitle(context, base);
    return chart;
}

std::optional<ChartData> ChartBuilder::sections(const Context& context, QString* error) const
{
    const auto table = ResultsAggregator::aggregate(m_db, context.query(Measure::Mean, { Dimension::Section }), error);
    if (!table)
        return std::nullopt;
    std::optional<ResultsTable> before;
    if (!aggregateBefore(context, Measure::Mean, { Dimension::Section }, &before, error))
        return std::nullopt;
    ChartData chart = start(context, ChartData::Kind::GroupedBars, ChartData::Unit::Score);
    chart.horizontal = true;
    chart.categoryDimension = Dimension::Section;
    chart.target = m_target;
    chart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Score by section"));
    chart.categoryAxisTitle = perName(Dimension::Section);
    chart.categories = table->keys[0];
    const auto earlier = before ? cellsByCodes(*before) : decltype(cellsByCodes(*before)) {};
    const auto now = cellsByCodes(*table);
    ChartData::Series current { context.wave.code, context.wave.name, {}, false, true };
    ChartData::Series previous { context.previous ? context.previous->code : QString(),
                                 context.previous ? context.previous->name : QString(), {}, false, false };
    qint64 base = 0;
    for (const ResultsTable::Key& section : chart.categories) {
        const auto currentCell = now.find({ section.code, QString() });
        if (currentCell == now.end()) { // a section or question filter can leave a section out
            current.points.push_back({});
            previous.points.push_back({});
            continue;
        }
        const ResultsTable::Cell* cell = currentCell->second;
        ChartData::Point point = pointOf(*cell);
        base = std::max(base, cell->n);
        const auto found = earlier.find({ section.code, QString() });
        if (found != earlier.end()) {
            compareMeans(&point, *cell, *found->second, context.request.confidence);
            previous.points.push_back(pointOf(*found->second));
        } else {
            previous.points.push_back({});
        }
        current.points.push_back(point);
    }
    chart.series.push_back(current);
    if (context.previous)
        chart.series.push_back(previous);
    chart.subtitle = subtitle(context, base);
    return chart;
}

std::optional<ChartData> ChartBuilder::compliance(const Context& context, QString* error) const
{
    const auto table = ResultsAggregator::aggregate(m_db, context.query(Measure::YesShare, { Dimension::Question }), error);
    if (!table)
        return std::nullopt;
    std::optional<ResultsTable> before;
    if (!aggregateBefore(context, Measure::YesShare, { Dimension::Question }, &before, error))
        return std::nullopt;
    ChartData chart = start(context, ChartData::Kind::Bars, ChartData::Unit::Share);
    chart.horizontal = true;
    chart.categoryDimension = Dimension::Question;
    chart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Compliance per standard"));
    chart.categoryAxisTitle = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Standard"));
    const auto earlier = before ? cellsByCodes(*before) : decltype(cellsByCodes(*before)) {};
    ChartData::Series series { QStringLiteral("yes"), context.wave.name, {}, false, false };
    qint64 base = 0;
    for (const ResultsTable::Cell& cell : table->cells) {
        const ResultsTable::Key& key = table->key(cell, 0);
        chart.categories.push_back({ key.code, key.code + QStringLiteral(" ") + key.label });
        ChartData::Point point = pointOf(cell);
        const auto found = earlier.find({ key.code, QString() });
        if (found != earlier.end())
            compareShares(&point, cell, *found->second, context.request.confidence);
        series.points.push_back(point);
        base = std::max(base, cell.n);
    }
    chart.series.push_back(series);
    chart.subtitle = subtitle(context, -1);
    return chart;
}

std::optional<ChartData> ChartBuilder::heatmap(const Context& context, QString* error) const
{
    const Dimension per = context.request.per.value_or(Dimension::Region);
    if (per == Dimension::Section || per == Dimension::Question || per == Dimension::Wave) {
        *error = tr("a heat map is per region, area, location or another place, not per %1")
                     .arg(ResultsQuery::dimensionKey(per));
        return std::nullopt;
    }
    const auto table
        = ResultsAggregator::aggregate(m_db, context.query(Measure::Mean, { per, Dimension::Section }), error);
    if (!table)
        return std::nullopt;
    ChartData chart = start(context, ChartData::Kind::Heatmap, ChartData::Unit::Score);
    chart.categoryDimension = per;
    chart.target = m_target;
    chart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Section scores by %1")).arg(perName(per).toLower());
    chart.categoryAxisTitle = perName(per);
    chart.valueAxisTitle = perName(Dimension::Section);
    chart.categories = table->keys[0];
    const auto cells = cellsByCodes(*table);
    for (const ResultsTable::Key& section : table->keys[1]) {
        ChartData::Series series { section.code, section.label, {}, false, false };
        for (const ResultsTable::Key& place : chart.categories) {
            const auto found = cells.find({ place.code, section.code });
            series.points.push_back(found == cells.end() ? ChartData::Point {} : pointOf(*found->second));
        }
        chart.series.push_back(series);
    }
    chart.subtitle = subtitle(context, -1);
    return chart;
}

std::optional<ChartData> ChartBuilder::distribution(const Context& context, QString* error) const
{
    const std::optional<Dimension> per = context.request.per;
    if (per && (*per == Dimension::Section || *per == Dimension::Question || *per == Dimension::Wave)) {
        *error = tr("a distribution is of the whole wave or per region or another place, not per %1")
                     .arg(ResultsQuery::dimensionKey(*per));
        return std::nullopt;
    }
    const auto reports = ResultsAggregator::reports(
        m_db, context.query(Measure::Mean, per ? QList<Dimension> { *per } : QList<Dimension> {}), error);
    if (!reports)
        return std::nullopt;
    qint64 base = 0;
    if (!per) {
        ChartData chart = start(context, ChartData::Kind::Histogram, ChartData::Unit::Count);
        chart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Distribution of visit scores"));
        chart.categoryAxisTitle = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Visit score (%)"));
        // Ten bins of ten points; 100 falls in the last.
        std::array<qint64, 10> counts {};
        for (const ResultsReports::Report& report : reports->reports)
            if (report.score) {
                ++counts[size_t(std::clamp(int(*report.score / 10), 0, 9))];
                ++base;
            }
        ChartData::Series series { QStringLiteral("visits"), chart.valueAxisTitle, {}, false, false };
        for (int bin = 0; bin < 10; ++bin) {
            const QString range = QStringLiteral("%1–%2").arg(bin * 10).arg(bin * 10 + 10);
            chart.categories.push_back({ QString::number(bin * 10), range });
            ChartData::Point point;
            point.value = double(counts[size_t(bin)]);
            point.n = counts[size_t(bin)];
            series.points.push_back(point);
        }
        chart.valueMax = double(*std::max_element(counts.cbegin(), counts.cend()));
        chart.series.push_back(series);
        chart.footnote.clear();
        chart.subtitle = subtitle(context, base);
        return chart;
    }
    ChartData chart = start(context, ChartData::Kind::BoxPlot, ChartData::Unit::Score);
    chart.categoryDimension = *per;
    chart.target = m_target;
    chart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Visit scores by %1")).arg(perName(*per).toLower());
    chart.categoryAxisTitle = perName(*per);
    std::vector<std::vector<double>> scores(reports->groups.size());
    for (const ResultsReports::Report& report : reports->reports)
        if (report.score)
            scores[size_t(report.group)].push_back(*report.score);
    std::vector<size_t> order(reports->groups.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return reports->groups[a][0].label.localeAwareCompare(reports->groups[b][0].label) < 0;
    });
    ChartData::Series series { QStringLiteral("scores"), context.wave.name, {}, false, false };
    for (const size_t group : order) {
        std::vector<double>& values = scores[group];
        if (values.empty())
            continue;
        std::sort(values.begin(), values.end());
        chart.categories.push_back(reports->groups[group][0]);
        ChartData::Point point;
        point.n = qint64(values.size());
        point.smallBase = point.n < m_smallBaseThreshold;
        point.box = { values.front(), quantile(values, 0.25), quantile(values, 0.5), quantile(values, 0.75),
                      values.back() };
        point.value = point.box[2];
        base += point.n;
        series.points.push_back(point);
    }
    chart.series.push_back(series);
    chart.subtitle = subtitle(context, base);
    return chart;
}

std::optional<ChartData> ChartBuilder::benchmark(const Context& context, QString* error) const
{
    Context own = context;
    own.request.filters.remove(Dimension::Competitor);
    own.request.filters.remove(Dimension::Brand);
    const auto overall = ResultsAggregator::aggregate(
        m_db, own.query(Measure::Mean, { Dimension::Competitor, Dimension::Brand }), error);
    if (!overall)
        return std::nullopt;
    const auto table = ResultsAggregator::aggregate(
        m_db, own.query(Measure::Mean, { Dimension::Competitor, Dimension::Brand, Dimension::Section }), error);
    if (!table)
        return std::nullopt;
    ChartData chart = start(context, ChartData::Kind::GroupedBars, ChartData::Unit::Score);
    chart.categoryDimension = Dimension::Section;
    chart.target = m_target;
    chart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Own network and competitors by section"));
    chart.categoryAxisTitle = perName(Dimension::Section);
    chart.categories.push_back({ QString(), m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Overall")) });
    for (const ResultsTable::Key& section : table->keys[2])
        chart.categories.push_back(section);
    // Own brands first ("no" sorts before "yes" among the competitor flags), then competitors.
    std::map<std::pair<QString, QString>, const ResultsTable::Cell*> totals;
    for (const ResultsTable::Cell& cell : overall->cells)
        totals[{ overall->key(cell, 0).code, overall->key(cell, 1).code }] = &cell;
    std::map<std::tuple<QString, QString, QString>, const ResultsTable::Cell*> cells;
    for (const ResultsTable::Cell& cell : table->cells)
        cells[{ table->key(cell, 0).code, table->key(cell, 1).code, table->key(cell, 2).code }] = &cell;
    qint64 base = 0;
    for (const ResultsTable::Key& flag : overall->keys[0])
        for (const ResultsTable::Key& brand : overall->keys[1]) {
            const auto total = totals.find({ flag.code, brand.code });
            if (total == totals.end())
                continue;
            const bool competitor = flag.code == QLatin1String("yes");
            QString name = brand.label;
            if (!competitor && brand.code.isEmpty())
                name = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Own network"));
            else if (competitor && brand.code.isEmpty())
                name = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Competitors"));
            ChartData::Series series { (competitor ? QStringLiteral("competitor:") : QStringLiteral("own:")) + brand.code,
                                       name, {}, false, !competitor };
            series.points.push_back(pointOf(*total->second));
            base += total->second->n;
            for (size_t c = 1; c < chart.categories.size(); ++c) {
                const auto found = cells.find({ flag.code, brand.code, chart.categories[c].code });
                series.points.push_back(found == cells.end() ? ChartData::Point {} : pointOf(*found->second));
            }
            chart.series.push_back(series);
        }
    chart.subtitle = subtitle(own, base); // the filters it drew with: own network and competitors alike
    return chart;
}

std::optional<ChartData> ChartBuilder::nps(const Context& context, QString* error) const
{
    ResultsCatalog catalog;
    if (!catalog.load(m_db, error))
        return std::nullopt;
    QString question = context.request.outcome;
    if (question.isEmpty())
        for (int code = 0; code < catalog.questionCodeCount() && question.isEmpty(); ++code)
            if (catalog.questionCodeType(code) == QuestionType::Nps)
                question = catalog.code(Dimension::Question, code);
    if (question.isEmpty()) {
        *error = tr("the questionnaire has no NPS question");
        return std::nullopt;
    }
    const auto questionIds = catalog.resolve(Dimension::Question, { question }, error);
    if (!questionIds)
        return std::nullopt;
    if (catalog.questionCodeType(int(*questionIds->cbegin())) != QuestionType::Nps) {
        *error = tr("%1 is not an NPS question").arg(question);
        return std::nullopt;
    }
    const QList<const Wave*> waves = wavesUpTo(context.wave);
    ResultsQuery query = context.query(Measure::Nps, { Dimension::Wave }, false);
    query.filters[Dimension::Question] = { question };
    for (const Wave* wave : waves)
        query.filters[Dimension::Wave] << wave->code;
    const auto table = ResultsAggregator::aggregate(m_db, query, error);
    if (!table)
        return std::nullopt;
    ChartData chart = start(context, ChartData::Kind::StackedShares, ChartData::Unit::Share);
    chart.categoryDimension = Dimension::Wave;
    chart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Net Promoter Score"));
    chart.valueAxisTitle = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Share of customers (%)"));
    chart.categoryAxisTitle = perName(Dimension::Wave);
    chart.valueMin = -100;
    chart.footnote += QLatin1Char(' ')
        + m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "NPS: promoters (9–10) minus detractors (0–6), in points."));
    ChartData::Series detractors { QStringLiteral("detractors"), m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Detractors (0–6)")), {}, false, false };
    ChartData::Series passives { QStringLiteral("passives"), m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Passives (7–8)")), {}, false, false };
    ChartData::Series promoters { QStringLiteral("promoters"), m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Promoters (9–10)")), {}, false, false };
    ChartData::Series score { QStringLiteral("nps"), m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "NPS")), {}, true, false };
    std::map<QString, const ResultsTable::Cell*> cells;
    for (const ResultsTable::Cell& cell : table->cells)
        cells[table->key(cell, 0).code] = &cell;
    const ResultsTable::Cell* earlier = nullptr;
    qint64 base = 0;
    for (const Wave* wave : waves) {
        chart.categories.push_back({ wave->code, wave->name });
        const auto found = cells.find(wave->code);
        if (found == cells.end() || found->second->n == 0) {
            for (ChartData::Series* series : { &detractors, &passives, &promoters, &score })
                series->points.push_back({});
            continue;
        }
        const ResultsTable::Cell& cell = *found->second;
        auto share = [&](qint64 count) {
            ChartData::Point point;
            point.value = 100.0 * double(count) / double(cell.n);
            point.n = cell.n;
            point.smallBase = cell.smallBase;
            return point;
        };
        detractors.points.push_back(share(cell.detractors));
        passives.points.push_back(share(cell.passives));
        promoters.points.push_back(share(cell.promoters));
        ChartData::Point point = pointOf(cell);
        point.low = cell.low; // NPS runs from -100 to 100
        point.high = cell.high;
        if (earlier && earlier->value && cell.value) {
            point.change = *cell.value - *earlier->value;
            if (const auto change = ResultsStatistics::npsChange(earlier->promoters, earlier->detractors, earlier->n,
                                                                 cell.promoters, cell.detractors, cell.n,
                                                                 context.request.confidence))
                point.significant = change->significant;
        }
        earlier = &cell;
        if (wave->id == context.wave.id)
            base = cell.n;
        score.points.push_back(point);
    }
    double lowest = 0;
    for (const ChartData::Point& point : score.points)
        if (point.value)
            lowest = std::min(lowest, *point.value);
    chart.valueMin = std::floor((lowest - 10) / 25) * 25; // room for the NPS line's labels below zero
    chart.series = { detractors, passives, promoters, score };
    chart.subtitle = subtitle(context, base) + QStringLiteral(" · ") + question;
    return chart;
}

std::optional<ChartData> ChartBuilder::scales(const Context& context, QString* error) const
{
    ResultsCatalog catalog;
    if (!catalog.load(m_db, error))
        return std::nullopt;
    ResultsQuery query = context.query(Measure::Distribution, { Dimension::Question });
    for (int code = 0; code < catalog.questionCodeCount(); ++code)
        if (catalog.questionCodeType(code) == QuestionType::Rating)
            query.filters[Dimension::Question] << catalog.code(Dimension::Question, code);
    if (!query.filters.contains(Dimension::Question)) {
        *error = tr("the questionnaire has no rating question");
        return std::nullopt;
    }
    const auto table = ResultsAggregator::aggregate(m_db, query, error);
    if (!table)
        return std::nullopt;
    ChartData chart = start(context, ChartData::Kind::StackedShares, ChartData::Unit::Share);
    chart.categoryDimension = Dimension::Question;
    chart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Answers on the rating scales"));
    chart.valueAxisTitle = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Share of answers (%)"));
    chart.categoryAxisTitle = perName(Dimension::Question);
    chart.footnote += QLatin1Char(' ')
        + m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Shares of the answers given; not applicable left out."));
    chart.categories = table->keys[0];
    for (ResultsTable::Key& key : chart.categories)
        key.label = key.code; // the codes fit under the bars; the texts are in the data and on hover
    // A series per scale point (1 ... 10), each question's answers on it as a share of the
    // question's answers other than N/A.
    std::map<int, ChartData::Series> points;
    std::map<QString, qint64> answered;
    for (const ResultsTable::Cell& cell : table->cells) {
        bool number = false;
        cell.category.toInt(&number);
        if (number)
            answered[table->key(cell, 0).code] += cell.count;
    }
    qint64 base = 0;
    for (const ResultsTable::Cell& cell : table->cells) {
        bool number = false;
        const int point = cell.category.toInt(&number);
        if (!number)
            continue; // not applicable
        ChartData::Series& series = points[point];
        if (series.code.isEmpty()) {
            series.code = cell.category;
            series.name = cell.categoryLabel.isEmpty() || cell.categoryLabel == cell.category
                ? cell.category
                : cell.category + QStringLiteral(" ") + cell.categoryLabel;
            series.points.assign(chart.categories.size(), {});
        }
        const qint64 of = answered[table->key(cell, 0).code];
        ChartData::Point& shown = series.points[size_t(cell.keys[0])];
        shown.value = of > 0 ? 100.0 * double(cell.count) / double(of) : 0.0;
        shown.n = of;
        shown.smallBase = of < m_smallBaseThreshold;
        base = std::max(base, of);
    }
    for (auto& [point, series] : points)
        chart.series.push_back(std::move(series));
    chart.subtitle = subtitle(context, -1);
    return chart;
}

std::optional<ChartData> ChartBuilder::drivers(const Context& context, QString* error) const
{
    ResultsCatalog catalog;
    if (!catalog.load(m_db, error))
        return std::nullopt;
    int outcome = -1;
    if (!context.request.outcome.isEmpty()) {
        const auto ids = catalog.resolve(Dimension::Question, { context.request.outcome }, error);
        if (!ids)
            return std::nullopt;
        outcome = int(*ids->cbegin());
        const QuestionType type = catalog.questionCodeType(outcome);
        if (type != QuestionType::Nps && type != QuestionType::Rating && type != QuestionType::Number) {
            *error = tr("%1 is not an NPS, rating or number question: a driver analysis needs an outcome on a scale")
                         .arg(context.request.outcome);
            return std::nullopt;
        }
    }
    for (const QuestionType wanted : { QuestionType::Nps, QuestionType::Rating })
        for (int code = 0; code < catalog.questionCodeCount() && outcome < 0; ++code)
            if (catalog.questionCodeType(code) == wanted)
                outcome = code;
    if (outcome < 0) {
        *error = tr("the questionnaire has no NPS or rating question to explain");
        return std::nullopt;
    }
    const auto reports = ResultsAggregator::reports(m_db, context.query(Measure::Mean, {}), error);
    if (!reports)
        return std::nullopt;

    // One column per yes/no standard and one for the outcome, a row per report.
    std::vector<int> itemOfCode(size_t(catalog.questionCodeCount()), -1);
    std::vector<DriverAnalysis::Item> items;
    for (int code = 0; code < catalog.questionCodeCount(); ++code)
        if (catalog.questionCodeType(code) == QuestionType::YesNo) {
            itemOfCode[size_t(code)] = int(items.size());
            items.push_back({ catalog.code(Dimension::Question, code), catalog.label(Dimension::Question, code),
                              std::vector<float>(reports->reports.size(), NAN) });
        }
    std::vector<float> outcomes(reports->reports.size(), NAN);
    if (!reports->reports.empty()) {
        NativeQuery answers(m_db, "SELECT response_id, answers FROM question_scores WHERE response_id BETWEEN ?1 AND ?2");
        answers.bind(1, reports->reports.front().responseId).bind(2, reports->reports.back().responseId);
        size_t row = 0;
        while (answers.next()) {
            const qint64 id = answers.integer(0);
            while (row < reports->reports.size() && reports->reports[row].responseId < id)
                ++row;
            if (row >= reports->reports.size())
                break;
            if (reports->reports[row].responseId != id)
                continue;
            const std::vector<qint64>& slotQuestions = catalog.slotsOf(reports->reports[row].versionId);
            const QByteArrayView packed = answers.blob(1);
            for (size_t slot = 0; slot < slotQuestions.size(); ++slot) {
                const ResultsCatalog::Question* question = catalog.question(slotQuestions[slot]);
                if (!question)
                    continue;
                const float value = ScoredResponse::questionScoreAt(packed.data(), size_t(packed.size()), slot);
                if (std::isnan(value) || value == ScoredResponse::notApplicable)
                    continue;
                if (question->code == outcome) {
                    outcomes[row] = value;
                } else if (itemOfCode[size_t(question->code)] >= 0) {
                    const ResultsCatalog::Option* option = catalog.optionAt(slotQuestions[slot], int(value));
                    if (option && !option->isNa)
                        items[size_t(itemOfCode[size_t(question->code)])].values[row] = option->isYes ? 1.0f : 0.0f;
                }
            }
        }
        if (!answers.error().isEmpty()) {
            *error = answers.error();
            return std::nullopt;
        }
    }
    const auto result = DriverAnalysis::analyse(items, outcomes, error, std::max<qint64>(10, m_smallBaseThreshold));
    if (!result)
        return std::nullopt;

    ChartData chart = start(context, ChartData::Kind::Quadrant, ChartData::Unit::Importance);
    const QString outcomeCode = catalog.code(Dimension::Question, outcome);
    chart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "What drives %1: importance and performance"))
                      .arg(outcomeCode);
    chart.valueAxisTitle = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Importance (% of the explained variance)"));
    chart.xAxisTitle = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Performance (share of yes, %)"));
    chart.categoryAxisTitle = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Standard"));
    chart.categoryDimension = Dimension::Question;
    chart.quadrantNames = { m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Fix first")),
                            m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Keep up")),
                            m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Secondary")),
                            m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Possibly overdone")) };
    chart.splitX = result->performanceSplit;
    chart.splitY = result->importanceSplit;
    chart.footnote = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Importance: relative weights (Johnson) of a regression of %1 on the standards, R² = %2. Fix first: important and below the average performance."))
                         .arg(outcomeCode, m_texts.number(result->rSquared, 2));
    for (const QString& note : result->notes) // standards left out, answers filled in
        chart.footnote += QLatin1Char(' ') + note;
    ChartData::Series series { QStringLiteral("drivers"), outcomeCode, {}, false, false };
    double highest = 0;
    for (const DriverAnalysis::Driver& driver : result->drivers) {
        chart.categories.push_back({ driver.code, driver.label });
        ChartData::Point point;
        point.value = driver.importance;
        point.x = driver.performance;
        point.n = driver.n;
        point.label = driver.code;
        point.quadrant = int(driver.quadrant);
        point.smallBase = driver.n < m_smallBaseThreshold;
        highest = std::max(highest, driver.importance);
        series.points.push_back(point);
    }
    chart.valueMax = std::max(10.0, std::ceil(highest / 5) * 5);
    chart.series.push_back(series);
    chart.subtitle = subtitle(context, result->respondents);
    return chart;
}

std::optional<DashboardData> ChartBuilder::dashboard(const ChartRequest& request, QString* error) const
{
    if (request.filters.contains(Dimension::Question) || request.filters.contains(Dimension::Section)) {
        *error = tr("the dashboard is of whole visits: a section or question filter does not go with it");
        return std::nullopt;
    }
    const auto chosen = wave(request.wave, error);
    if (!chosen)
        return std::nullopt;
    Context context { request, *chosen, previousWave(*chosen) };
    DashboardData dashboard;
    dashboard.title = m_clientName.isEmpty() ? m_programmeName : m_clientName + QStringLiteral(" · ") + m_programmeName;
    dashboard.waveName = chosen->name;
    dashboard.target = m_target;
    if (context.previous)
        dashboard.previousWaveName = context.previous->name;

    ResultsQuery overall = context.query(Measure::Mean, { Dimension::Wave }, false);
    overall.filters[Dimension::Wave] = { chosen->code };
    if (context.previous)
        overall.filters[Dimension::Wave] << context.previous->code;
    const auto totals = ResultsAggregator::aggregate(m_db, overall, error);
    if (!totals)
        return std::nullopt;
    const ResultsTable::Cell* now = nullptr;
    const ResultsTable::Cell* before = nullptr;
    for (const ResultsTable::Cell& cell : totals->cells)
        (totals->key(cell, 0).code == chosen->code ? now : before) = &cell;
    if (now) {
        dashboard.score = now->value;
        dashboard.visits = now->n;
        dashboard.margin = now->margin;
        if (before) {
            ChartData::Point point;
            compareMeans(&point, *now, *before, request.confidence);
            dashboard.change = point.change;
            dashboard.significant = point.significant;
        }
    }
    ChartRequest regions = request;
    regions.view = View::ByLocation;
    regions.per = Dimension::Region;
    Context regionContext { regions, *chosen, context.previous };
    auto byRegion = byPlace(regionContext, error);
    if (!byRegion)
        return std::nullopt;
    dashboard.byRegion = *byRegion;
    Context sectionContext { request, *chosen, context.previous };
    sectionContext.request.view = View::Sections;
    auto profile = sections(sectionContext, error);
    if (!profile)
        return std::nullopt;
    dashboard.sections = *profile;

    const auto locations = ResultsAggregator::aggregate(m_db, context.query(Measure::Mean, { Dimension::Location }), error);
    if (!locations)
        return std::nullopt;
    QList<DashboardData::Ranked> ranked;
    for (const ResultsTable::Cell& cell : locations->cells) {
        if (cell.n > 0)
            ++dashboard.locations;
        if (cell.value && cell.n >= m_smallBaseThreshold)
            ranked << DashboardData::Ranked { locations->key(cell, 0).code, locations->key(cell, 0).label, *cell.value, cell.n };
    }
    auto best = [](const DashboardData::Ranked& a, const DashboardData::Ranked& b) {
        return a.score != b.score ? a.score > b.score : a.code < b.code;
    };
    std::sort(ranked.begin(), ranked.end(), best);
    dashboard.topLocations = ranked.mid(0, 5);
    for (qsizetype i = ranked.size() - 1; i >= std::max<qsizetype>(0, ranked.size() - 5); --i)
        if (!dashboard.topLocations.contains(ranked[i]))
            dashboard.bottomLocations << ranked[i];

    const auto staff = ResultsAggregator::aggregate(
        m_db, context.query(Measure::Mean, { Dimension::Location, Dimension::Staff }), error);
    if (!staff)
        return std::nullopt;
    QList<DashboardData::Ranked> people;
    for (const ResultsTable::Cell& cell : staff->cells)
        if (cell.value && cell.n >= dashboard.staffMinimumVisits && !staff->key(cell, 1).code.isEmpty())
            people << DashboardData::Ranked { QString(),
                                              staff->key(cell, 1).label + QStringLiteral(" (") + staff->key(cell, 0).label
                                                  + QLatin1Char(')'),
                                              *cell.value, cell.n };
    std::sort(people.begin(), people.end(), [](const DashboardData::Ranked& a, const DashboardData::Ranked& b) {
        return a.score != b.score ? a.score > b.score : a.name < b.name;
    });
    dashboard.topStaff = people.mid(0, 5);
    for (qsizetype i = people.size() - 1; i >= std::max<qsizetype>(0, people.size() - 5); --i)
        if (!dashboard.topStaff.contains(people[i]))
            dashboard.bottomStaff << people[i];
    return dashboard;
}

QString ChartBuilder::programmeTitle() const
{
    if (m_clientName.isEmpty())
        return m_programmeName;
    if (m_programmeName.isEmpty())
        return m_clientName;
    return m_clientName + QStringLiteral(" · ") + m_programmeName;
}

std::optional<std::vector<ChartData>> ChartBuilder::regionPages(const ChartRequest& request, QString* error) const
{
    const auto chosen = wave(request.wave, error);
    if (!chosen)
        return std::nullopt;
    Context context { request, *chosen, previousWave(*chosen) };
    context.request.view = View::ByLocation;
    const auto table = ResultsAggregator::aggregate(m_db, context.query(Measure::Mean, { Dimension::Region, Dimension::Location }), error);
    if (!table)
        return std::nullopt;
    std::optional<ResultsTable> before;
    if (!aggregateBefore(context, Measure::Mean, { Dimension::Region, Dimension::Location }, &before, error))
        return std::nullopt;
    const auto earlier = before ? cellsByCodes(*before) : decltype(cellsByCodes(*before)) {};
    std::vector<std::vector<const ResultsTable::Cell*>> byRegion(table->keys[0].size());
    for (const ResultsTable::Cell& cell : table->cells)
        byRegion[size_t(cell.keys[0])].push_back(&cell);
    std::vector<ChartData> pages;
    for (size_t r = 0; r < byRegion.size(); ++r) {
        std::vector<const ResultsTable::Cell*>& cells = byRegion[r];
        std::stable_sort(cells.begin(), cells.end(), [](const ResultsTable::Cell* a, const ResultsTable::Cell* b) {
            return a->value.value_or(-1) > b->value.value_or(-1);
        });
        const ResultsTable::Key& region = table->keys[0][r];
        ChartData chart = start(context, ChartData::Kind::Bars, ChartData::Unit::Score);
        chart.horizontal = true;
        chart.categoryDimension = Dimension::Location;
        chart.target = m_target;
        chart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "%1: score by location")).arg(region.label);
        chart.categoryAxisTitle = perName(Dimension::Location);
        ChartData::Series series { QStringLiteral("score"), context.wave.name, {}, false, false };
        qint64 base = 0;
        for (const ResultsTable::Cell* cell : cells) {
            const ResultsTable::Key& location = table->key(*cell, 1);
            chart.categories.push_back(location);
            ChartData::Point point = pointOf(*cell);
            const auto found = earlier.find({ region.code, location.code });
            if (found != earlier.end())
                compareMeans(&point, *cell, *found->second, context.request.confidence);
            series.points.push_back(point);
            base += cell->n;
        }
        chart.series.push_back(series);
        chart.subtitle = subtitle(context, base);
        pages.push_back(std::move(chart));
    }
    return pages;
}

std::optional<std::vector<LocationPage>> ChartBuilder::locationPages(const ChartRequest& request, QString* error) const
{
    const auto chosen = wave(request.wave, error);
    if (!chosen)
        return std::nullopt;
    Context context { request, *chosen, previousWave(*chosen) };
    const auto totals = ResultsAggregator::aggregate(m_db, context.query(Measure::Mean, { Dimension::Region, Dimension::Location }), error);
    const auto network = ResultsAggregator::aggregate(m_db, context.query(Measure::Mean, {}), error);
    const auto sectionTable = totals ? ResultsAggregator::aggregate(m_db, context.query(Measure::Mean, { Dimension::Location, Dimension::Section }), error) : std::nullopt;
    const auto networkSections = sectionTable ? ResultsAggregator::aggregate(m_db, context.query(Measure::Mean, { Dimension::Section }), error) : std::nullopt;
    if (!totals || !network || !sectionTable || !networkSections)
        return std::nullopt;
    const QList<const Wave*> waves = wavesUpTo(context.wave);
    ResultsQuery trendQuery = context.query(Measure::Mean, { Dimension::Location, Dimension::Wave }, false);
    ResultsQuery networkTrendQuery = context.query(Measure::Mean, { Dimension::Wave }, false);
    for (const Wave* wave : waves) {
        trendQuery.filters[Dimension::Wave] << wave->code;
        networkTrendQuery.filters[Dimension::Wave] << wave->code;
    }
    const auto trendTable = ResultsAggregator::aggregate(m_db, trendQuery, error);
    const auto networkTrend = trendTable ? ResultsAggregator::aggregate(m_db, networkTrendQuery, error) : std::nullopt;
    if (!trendTable || !networkTrend)
        return std::nullopt;

    const std::optional<double> networkScore = network->cells.isEmpty() ? std::nullopt : network->cells.first().value;
    const auto sections = cellsByCodes(*sectionTable);
    const auto networkSectionCells = cellsByCodes(*networkSections);
    const auto trends = cellsByCodes(*trendTable);
    const auto networkTrendCells = cellsByCodes(*networkTrend);

    // Ranks among the locations with a readable base.
    std::vector<std::pair<double, QString>> ranking;
    for (const ResultsTable::Cell& cell : totals->cells)
        if (cell.value && cell.n >= m_smallBaseThreshold)
            ranking.push_back({ -*cell.value, totals->key(cell, 1).code });
    std::sort(ranking.begin(), ranking.end());
    QHash<QString, int> rankOf;
    for (size_t i = 0; i < ranking.size(); ++i)
        rankOf.insert(ranking[i].second, int(i) + 1);

    // The shoppers' words of the wave, by location: the reports' comments, the comments on
    // answers and the open answers, in the order of the visits and the form.
    QHash<QString, QList<LocationPage::Comment>> comments;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "WITH counted AS (SELECT v.id AS visit, r.id AS response, l.code AS location, r.visited_on AS day, "
        "sc.code AS scenario, r.comment AS comment FROM visit v JOIN response r ON r.visit_id = v.id "
        "JOIN location l ON l.id = v.location_id LEFT JOIN scenario sc ON sc.id = v.scenario_id "
        "WHERE v.wave_id = ?1 AND v.status IN ('approved', ?2)) "
        "SELECT location, day, scenario, '', comment, visit, -1 FROM counted WHERE comment <> '' "
        "UNION ALL SELECT c.location, c.day, c.scenario, q.code, a.comment, c.visit, q.position FROM counted c "
        "JOIN answer a ON a.response_id = c.response JOIN question q ON q.id = a.question_id WHERE a.comment <> '' "
        "UNION ALL SELECT c.location, c.day, c.scenario, q.code, a.text, c.visit, q.position FROM counted c "
        "JOIN answer a ON a.response_id = c.response JOIN question q ON q.id = a.question_id "
        "WHERE q.type = 'text' AND a.text <> '' "
        "ORDER BY 1, 2, 6, 7"));
    query.addBindValue(context.wave.id);
    query.addBindValue(request.includePending ? QStringLiteral("submitted") : QStringLiteral("approved"));
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next())
        comments[query.value(0).toString()] << LocationPage::Comment { query.value(1).toString(), query.value(2).toString(),
                                                                       query.value(3).toString(), query.value(4).toString() };

    std::vector<LocationPage> pages;
    for (const ResultsTable::Cell& cell : totals->cells) {
        LocationPage page;
        const ResultsTable::Key& location = totals->key(cell, 1);
        page.code = location.code;
        page.name = location.label;
        page.region = totals->key(cell, 0).label;
        page.score = cell.value;
        page.visits = cell.n;
        page.networkScore = networkScore;
        page.rank = rankOf.value(location.code);
        page.ranked = int(ranking.size());
        page.comments = comments.value(location.code);

        ChartData sectionChart = start(context, ChartData::Kind::GroupedBars, ChartData::Unit::Score);
        sectionChart.view = View::Sections; // the network beside it in grey
        sectionChart.horizontal = true;
        sectionChart.categoryDimension = Dimension::Section;
        sectionChart.target = m_target;
        sectionChart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Sections against the network"));
        sectionChart.categories = networkSections->keys.empty() ? std::vector<ResultsTable::Key> {} : networkSections->keys[0];
        ChartData::Series own { location.code, location.label, {}, false, true };
        ChartData::Series all { QStringLiteral("network"), m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Network")), {}, false, false };
        for (const ResultsTable::Key& section : sectionChart.categories) {
            const auto found = sections.find({ location.code, section.code });
            own.points.push_back(found == sections.end() ? ChartData::Point {} : pointOf(*found->second));
            const auto whole = networkSectionCells.find({ section.code, QString() });
            all.points.push_back(whole == networkSectionCells.end() ? ChartData::Point {} : pointOf(*whole->second));
        }
        sectionChart.series = { own, all };
        sectionChart.subtitle = subtitle(context, cell.n);
        page.sections = std::move(sectionChart);

        ChartData trendChart = start(context, ChartData::Kind::Lines, ChartData::Unit::Score);
        trendChart.categoryDimension = Dimension::Wave;
        trendChart.target = m_target;
        trendChart.title = m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Score over the waves"));
        trendChart.footnote.clear();
        ChartData::Series ownTrend { location.code, location.label, {}, false, true };
        ChartData::Series networkLine { QStringLiteral("network"), m_texts.text(QT_TRANSLATE_NOOP("ReportTexts", "Network")), {}, false, false };
        const ResultsTable::Cell* earlier = nullptr;
        for (const Wave* wave : waves) {
            trendChart.categories.push_back({ wave->code, wave->name });
            const auto found = trends.find({ location.code, wave->code });
            if (found == trends.end()) {
                ownTrend.points.push_back({});
            } else {
                ChartData::Point point = pointOf(*found->second);
                if (earlier)
                    compareMeans(&point, *found->second, *earlier, context.request.confidence);
                earlier = found->second;
                ownTrend.points.push_back(point);
            }
            const auto whole = networkTrendCells.find({ wave->code, QString() });
            networkLine.points.push_back(whole == networkTrendCells.end() ? ChartData::Point {} : pointOf(*whole->second));
        }
        trendChart.series = { ownTrend, networkLine };
        trendChart.subtitle = location.code + QStringLiteral(" · ") + location.label;
        page.trend = std::move(trendChart);
        pages.push_back(std::move(page));
    }
    std::sort(pages.begin(), pages.end(), [](const LocationPage& a, const LocationPage& b) { return a.code < b.code; });
    return pages;
}
