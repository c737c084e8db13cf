#include "PlanSummaryPrinter.h"

#include "CliCommand.h"

#include "io/CsvWriter.h"
#include "models/DomainLabels.h"
#include "planning/PlanSummary.h"
#include "planning/WaveLookup.h"
#include "project/Project.h"

#include <QJsonObject>
#include <QLocale>
#include <cstdio>

namespace {
const QString optionWave = QStringLiteral("wave");
const QString optionBy = QStringLiteral("by");
const QString optionJson = QStringLiteral("json");
const QString optionCsv = QStringLiteral("csv");

// Columns padded to their widest cell; numbers right-aligned.
QString textTable(const QList<QStringList>& rows, const QList<bool>& alignRight)
{
    QList<int> widths(alignRight.size(), 0);
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    QString text;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i)
            cells << (alignRight.at(i) ? row.at(i).rightJustified(widths.at(i))
                                       : row.at(i).leftJustified(widths.at(i)));
        text += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return text;
}

// The key columns of the grouped dimensions, for people (text) or for programs (CSV).
QStringList keyHeaders(PlanSummary::Dimensions by, bool forPrograms)
{
    QStringList headers;
    for (PlanSummary::Dimension dimension : PlanSummary::allDimensions()) {
        if (!by.testFlag(dimension))
            continue;
        switch (dimension) {
        case PlanSummary::Wave:
            headers << (forPrograms ? QStringList { QStringLiteral("wave"), QStringLiteral("wave_name") }
                                    : QStringList { PlanSummaryPrinter::tr("Wave") });
            break;
        case PlanSummary::Region:
            headers << (forPrograms ? QStringList { QStringLiteral("country"), QStringLiteral("region") }
                                    : QStringList { PlanSummaryPrinter::tr("Country"),
                                                    PlanSummaryPrinter::tr("Region") });
            break;
        case PlanSummary::Scenario:
            headers << (forPrograms
                            ? QStringList { QStringLiteral("scenario"), QStringLiteral("scenario_title") }
                            : QStringList { PlanSummaryPrinter::tr("Scenario") });
            break;
        case PlanSummary::Channel:
            headers << (forPrograms ? QStringLiteral("channel") : PlanSummaryPrinter::tr("Channel"));
            break;
        case PlanSummary::Location:
            headers << (forPrograms
                            ? QStringList { QStringLiteral("location"), QStringLiteral("location_name") }
                            : QStringList { PlanSummaryPrinter::tr("Location"),
                                            PlanSummaryPrinter::tr("Name") });
            break;
        }
    }
    return headers;
}

QStringList keys(const PlanSummary::Cell& cell, PlanSummary::Dimensions by, bool forPrograms)
{
    const QString noRegion = forPrograms ? QString() : PlanSummaryPrinter::tr("(no region)");
    QStringList values;
    if (by.testFlag(PlanSummary::Wave)) {
        values << cell.waveCode;
        if (forPrograms)
            values << cell.waveName;
    }
    if (by.testFlag(PlanSummary::Region))
        values << cell.country << (cell.regionId ? cell.region : noRegion);
    if (by.testFlag(PlanSummary::Scenario)) {
        values << cell.scenarioCode;
        if (forPrograms)
            values << cell.scenarioTitle;
    }
    if (by.testFlag(PlanSummary::Channel))
        values << (forPrograms ? cell.channel : DomainLabels::label(DomainLabels::Channel, cell.channel));
    if (by.testFlag(PlanSummary::Location))
        values << cell.locationCode << cell.locationName;
    return values;
}

QString points(const QLocale& locale, const std::optional<double>& margin)
{
    return margin ? PlanSummaryPrinter::tr("±%1 points").arg(locale.toString(*margin * 100.0, 'f', 1))
                  : QStringLiteral("—");
}

QString levelName(PlanSummary::Level level)
{
    switch (level) {
    case PlanSummary::Level::Programme:
        return PlanSummaryPrinter::tr("programme");
    case PlanSummary::Level::Region:
        return PlanSummaryPrinter::tr("regions");
    case PlanSummary::Level::Location:
        return PlanSummaryPrinter::tr("locations");
    }
    return {};
}
} // namespace

void PlanSummaryPrinter::addOptions(QCommandLineParser& parser)
{
    parser.addOption({ optionWave, tr("One wave, by its code or name (all waves without it)."), tr("WAVE") });
    parser.addOption(
        { optionBy,
          tr("Group by these, separated by commas: wave, region, scenario, channel, location; or "
             "none. The default is region,scenario for one wave and wave for all waves."),
          tr("LIST") });
    parser.addOption({ optionJson, tr("Print the summary as JSON.") });
    parser.addOption({ optionCsv, tr("Print the cells and the total as CSV.") });
}

int PlanSummaryPrinter::print(const QCommandLineParser& parser, const QString& file)
{
    constexpr int Success = CliCommand::Success;
    constexpr int UsageError = CliCommand::UsageError;
    const QString commandName = QStringLiteral("plan summary");
    if (parser.isSet(optionJson) && parser.isSet(optionCsv))
        return CliCommand::fail(tr("%1: give either --json or --csv, not both").arg(commandName), UsageError);
    PlanSummary::Options options;
    if (parser.isSet(optionBy)) {
        QString problem;
        const auto by = PlanSummary::parseDimensions(parser.value(optionBy), &problem);
        if (!by)
            return CliCommand::fail(tr("%1: --by: %2").arg(commandName, problem), UsageError);
        options.by = *by;
    } else {
        options.by = parser.isSet(optionWave) ? PlanSummary::Region | PlanSummary::Scenario
                                              : PlanSummary::Dimensions(PlanSummary::Wave);
    }

    ProjectError error;
    const auto project = Project::open(file, Project::Mode::ReadOnly, &error);
    if (!project)
        return CliCommand::fail(error.message);
    QString problem;
    if (parser.isSet(optionWave)) {
        options.waveId
            = WaveLookup::find(project->database(), parser.value(optionWave).trimmed(), &problem);
        if (!options.waveId)
            return CliCommand::fail(tr("%1: %2: %3").arg(commandName, file, problem));
    }
    const auto summary = PlanSummary::read(project->database(), options, &problem);
    if (!summary)
        return CliCommand::fail(tr("%1: %2: %3").arg(commandName, file, problem));

    if (parser.isSet(optionJson)) {
        CliCommand::printJson(summary->toJson());
        return Success;
    }
    if (parser.isSet(optionCsv)) {
        // Plain numbers a spreadsheet reads: a point for decimals, no thousands separators.
        QList<QStringList> rows;
        rows << QStringList { QStringLiteral("row") } + keyHeaders(summary->by, true)
                + QStringList { QStringLiteral("visits"), QStringLiteral("budget"), QStringLiteral("margin"),
                                QStringLiteral("too_small") };
        auto figures = [](const PlanSummary::Cell& cell) {
            return QStringList { QString::number(cell.visits), QString::number(cell.budget, 'f', 2),
                                 cell.margin ? QString::number(*cell.margin, 'f', 4) : QString(),
                                 cell.tooSmall ? QStringLiteral("true") : QStringLiteral("false") };
        };
        for (const PlanSummary::Cell& cell : summary->cells)
            rows << QStringList { QStringLiteral("cell") } + keys(cell, summary->by, true) + figures(cell);
        QStringList total { QStringLiteral("total") };
        for (int i = 0; i < keyHeaders(summary->by, true).size(); ++i)
            total << QString();
        rows << total + figures(summary->total);
        const QByteArray bytes = CsvWriter().toBytes(rows);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return Success;
    }

    const QLocale locale;
    QString text = summary->waveId ? tr("Plan summary of %1 (%2)").arg(summary->waveCode, summary->waveName)
                                   : tr("Plan summary of all waves");
    QStringList by;
    for (PlanSummary::Dimension dimension : PlanSummary::allDimensions())
        if (summary->by.testFlag(dimension))
            by << PlanSummary::dimensionKey(dimension);
    if (!by.isEmpty())
        text += tr(", by %1").arg(by.join(QStringLiteral(", ")));
    text += QLatin1Char('\n');
    if (summary->cells.isEmpty()) {
        CliCommand::print(text
              + (summary->waveId ? tr("No planned visits in this wave.") : tr("No planned visits yet.")));
        return Success;
    }
    const QStringList headers = keyHeaders(summary->by, false);
    auto figures = [&](const PlanSummary::Cell& cell) {
        return QStringList { locale.toString(cell.visits), locale.toString(cell.budget, 'f', 2),
                             points(locale, cell.margin), cell.tooSmall ? tr("too small") : QString() };
    };
    QList<QStringList> rows;
    rows << headers + QStringList { tr("Visits"), tr("Budget"), tr("Margin"), QString() };
    QStringList total;
    if (!headers.isEmpty()) { // without groups the total is the only row
        for (const PlanSummary::Cell& cell : summary->cells)
            rows << keys(cell, summary->by, false) + figures(cell);
        total << tr("Total");
        while (total.size() < headers.size())
            total << QString();
    }
    rows << total + figures(summary->total);
    QList<bool> alignRight(headers.size(), false);
    alignRight << true << true << true << false;
    text += textTable(rows, alignRight);
    text += QLatin1Char('\n');
    text += tr("Margin: of a yes/no standard met 80 % of the time, at 95 % confidence.\n"
               "Too small: fewer visits than the programme's small-base threshold (%1), too few to "
               "report on.\n"
               "Budget: the scenario fees of the visits, in the currency the fees were entered in.\n\n")
                .arg(summary->smallBaseThreshold);
    // How precise the readings a client gets will be: each wave, region and location of a wave.
    QList<QStringList> levels { { tr("Readings per wave"), tr("Count"), tr("Smallest base"), tr("Margin"),
                                  tr("Too small") } };
    for (const PlanSummary::LevelPrecision& level : summary->levels)
        levels << QStringList { levelName(level.level), locale.toString(level.cells),
                                locale.toString(level.smallestBase), points(locale, level.widestMargin),
                                locale.toString(level.tooSmall) };
    text += textTable(levels, { false, true, true, true, true });
    CliCommand::print(text);
    return Success;
}
