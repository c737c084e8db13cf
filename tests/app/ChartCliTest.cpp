#include "CliRun.h"
#include "analysis/ChartBuilder.h"
#include "analysis/ChartView.h"
#include "project/Project.h"
#include "support/TestProject.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

// shopscope-cli chart and export-data run as the real program on the demo programme: the
// files it draws (PNG, SVG, PDF) and the data it writes (CSV, XLSX), its usage errors, and that
// nothing a client receives names a shopper. The program draws offscreen by itself; the test
// only reads what it wrote.

namespace {
using View = ChartViews::View;

QByteArray contents(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

// The pages of a PDF: its "/Type /Page" objects (not the "/Type /Pages" tree).
qint64 pdfPages(const QByteArray& pdf)
{
    qint64 pages = 0;
    const QByteArray page("/Type /Page");
    for (qsizetype at = pdf.indexOf(page); at >= 0; at = pdf.indexOf(page, at + 1))
        if (at + page.size() >= pdf.size() || pdf.at(at + page.size()) != 's')
            ++pages;
    return pages;
}

class ChartCli : public ::testing::Test
{
protected:
    void SetUp() override { m_file = m_folder.demoCopy(QStringLiteral("demo.shopscope")); }

    // chart FILE --view VIEW --wave W2026-10 --out PATH [more]
    CliResult chart(const QString& view, const QString& out, const QStringList& more = {}) const
    {
        return runCli(QStringList { QStringLiteral("chart"), m_file, QStringLiteral("--view"), view,
                                    QStringLiteral("--wave"), QStringLiteral("W2026-10"),
                                    QStringLiteral("--out"), out }
                      + more);
    }
    QString path(const QString& name) const { return m_folder.path(name); }

    TestFolder m_folder;
    QString m_file;
};

} // namespace

TEST_F(ChartCli, PngHasTheAskedSizeAndResolutionAndIsTheSameEveryRun)
{
    const QStringList size { QStringLiteral("--width"), QStringLiteral("1200"),  QStringLiteral("--height"),
                             QStringLiteral("800"),     QStringLiteral("--dpi"), QStringLiteral("300") };
    QStringList runs;
    for (int run = 1; run <= 3; ++run) {
        runs << path(QStringLiteral("run%1.png").arg(run));
        const CliResult result = chart(QStringLiteral("by-location"), runs.last(), size);
        ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    }

    const QImage image(runs.first());
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 1200);
    EXPECT_EQ(image.height(), 800);
    EXPECT_NEAR(image.dotsPerMeterX(), 300 / 0.0254, 1);
    EXPECT_NEAR(image.dotsPerMeterY(), 300 / 0.0254, 1);
    QSet<QRgb> colours;
    qint64 inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            inked += qRed(pixel) < 250 || qGreen(pixel) < 250 || qBlue(pixel) < 250 ? 1 : 0;
        }
    EXPECT_GT(colours.size(), 3) << "bars, text and lines in colour, not a blank page";
    EXPECT_GT(inked, 1200 * 800 / 100) << "at least 1 % of the picture is drawn on";
    // The same chart gives the same file: a client's deck rebuilt from the same data does not
    // change (Qt Charts' own bar labels once came out in another order from run to run).
    const QByteArray first = contents(runs.first());
    for (qsizetype run = 1; run < runs.size(); ++run)
        EXPECT_TRUE(contents(runs[run]) == first) << "run " << run + 1 << " differs from run 1";
}

TEST_F(ChartCli, SvgIsWellFormedWithASizeAndTheSameEveryRun)
{
    for (const ChartViews::View each : ChartViews::all()) {
        const QString view = ChartViews::key(each);
        QStringList runs;
        for (int run = 1; run <= 3; ++run) {
            runs << path(QStringLiteral("%1-%2.svg").arg(view).arg(run));
            const CliResult result = chart(view, runs.last());
            ASSERT_EQ(result.exitCode, 0) << view.toStdString() << ": " << result.err.toStdString();
        }
        const QByteArray svg = contents(runs.first());
        QXmlStreamReader reader(svg);
        QString root;
        QXmlStreamAttributes attributes;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && root.isEmpty()) {
                root = reader.name().toString();
                attributes = reader.attributes();
            }
        }
        EXPECT_FALSE(reader.hasError()) << view.toStdString() << ": " << reader.errorString().toStdString()
                                        << " at line " << reader.lineNumber();
        EXPECT_EQ(root, QStringLiteral("svg")) << view.toStdString();
        EXPECT_FALSE(attributes.value(QStringLiteral("width")).isEmpty()) << view.toStdString();
        EXPECT_FALSE(attributes.value(QStringLiteral("height")).isEmpty()) << view.toStdString();
        for (qsizetype run = 1; run < runs.size(); ++run)
            EXPECT_TRUE(contents(runs[run]) == svg)
                << view.toStdString() << ": run " << run + 1 << " differs from run 1";
    }
}

TEST_F(ChartCli, PdfIsOnePage)
{
    const QString out = path(QStringLiteral("sections.pdf"));
    const CliResult result = chart(QStringLiteral("sections"), out);
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QByteArray pdf = contents(out);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_GT(pdf.size(), 2000);
    EXPECT_EQ(pdfPages(pdf), 1);
}

TEST_F(ChartCli, CsvAndXlsxHoldTheDataBehindTheChart)
{
    const QString csv = path(QStringLiteral("data.csv"));
    const CliResult written = chart(QStringLiteral("by-location"), csv);
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    QByteArray bytes = contents(csv);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());

    // The header is ChartData::rows()'s, built here from the same file.
    QStringList header;
    {
        ProjectError error;
        const auto project = Project::open(m_file, Project::Mode::ReadOnly, &error);
        ASSERT_TRUE(project) << error.message.toStdString();
        ChartBuilder builder(project->database());
        QString why;
        ASSERT_TRUE(builder.load(&why)) << why.toStdString();
        ChartRequest request;
        request.wave = QStringLiteral("W2026-10");
        const auto data = builder.build(request, &why);
        ASSERT_TRUE(data) << why.toStdString();
        header = data->rows().first();
    }
    EXPECT_EQ(lines.first(), header.join(QLatin1Char(',')));

    const CliResult json
        = runCli({ QStringLiteral("export-data"), m_file, QStringLiteral("--view"),
                   QStringLiteral("by-location"), QStringLiteral("--wave"), QStringLiteral("W2026-10"),
                   QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    qsizetype points = 0;
    const QJsonArray series
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("series")).toArray();
    for (const QJsonValue& one : series)
        for (const QJsonValue& point : one.toObject().value(QStringLiteral("points")).toArray())
            points += point.toObject().value(QStringLiteral("value")).isDouble() ? 1 : 0;
    EXPECT_GT(points, 10);
    EXPECT_EQ(lines.size() - 1, points);

    const QString xlsx = path(QStringLiteral("data.xlsx"));
    const CliResult sheet = chart(QStringLiteral("by-location"), xlsx);
    ASSERT_EQ(sheet.exitCode, 0) << sheet.err.toStdString();
    const QByteArray zip = contents(xlsx);
    EXPECT_TRUE(zip.startsWith("PK")) << "an XLSX file is a zip archive";
    EXPECT_GT(zip.size(), 500);
}

TEST_F(ChartCli, UsageErrorsExitWithTwoAndWriteNothing)
{
    struct Case
    {
        const char* what;
        QString out;
        QStringList arguments;
    };
    const QString png = path(QStringLiteral("chart.png"));
    const QString gif = path(QStringLiteral("chart.gif"));
    const QList<Case> cases {
        { "unknown view", png, { QStringLiteral("--view"), QStringLiteral("pie") } },
        { ".gif", gif, { QStringLiteral("--view"), QStringLiteral("trend") } },
        { "filter without =",
          png,
          { QStringLiteral("--view"), QStringLiteral("trend"), QStringLiteral("--filter"),
            QStringLiteral("region") } },
        { "width not a number",
          png,
          { QStringLiteral("--view"), QStringLiteral("trend"), QStringLiteral("--width"),
            QStringLiteral("abc") } },
    };
    for (const Case& one : cases) {
        const CliResult result
            = runCli(QStringList { QStringLiteral("chart"), m_file, QStringLiteral("--out"), one.out }
                     + one.arguments);
        EXPECT_EQ(result.exitCode, 2) << one.what << ": " << result.err.toStdString();
        EXPECT_FALSE(result.err.isEmpty()) << one.what;
        EXPECT_FALSE(QFileInfo::exists(one.out)) << one.what;
    }
    const CliResult view = runCli({ QStringLiteral("chart"), m_file, QStringLiteral("--out"), png,
                                    QStringLiteral("--view"), QStringLiteral("pie") });
    EXPECT_TRUE(view.err.contains(QStringLiteral("pie"))) << view.err.toStdString();
    const CliResult width
        = runCli({ QStringLiteral("chart"), m_file, QStringLiteral("--out"), png, QStringLiteral("--view"),
                   QStringLiteral("trend"), QStringLiteral("--width"), QStringLiteral("abc") });
    EXPECT_TRUE(width.err.contains(QStringLiteral("--width"))) << width.err.toStdString();

    // A well-formed filter whose value matches nothing: refused, naming the value.
    const CliResult atlantis = chart(QStringLiteral("by-location"), png,
                                     { QStringLiteral("--filter"), QStringLiteral("region=Atlantis") });
    EXPECT_NE(atlantis.exitCode, 0);
    EXPECT_TRUE(atlantis.err.contains(QStringLiteral("Atlantis"))) << atlantis.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(png));
    const QString csv = path(QStringLiteral("atlantis.csv"));
    const CliResult data = runCli({ QStringLiteral("export-data"), m_file, QStringLiteral("--view"),
                                    QStringLiteral("by-location"), QStringLiteral("--filter"),
                                    QStringLiteral("region=Atlantis"), QStringLiteral("--out"), csv });
    EXPECT_NE(data.exitCode, 0);
    EXPECT_TRUE(data.err.contains(QStringLiteral("Atlantis"))) << data.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(csv));
}

TEST_F(ChartCli, ClientExportsNameNoShopper)
{
    // Names and e-mail addresses of shoppers who made October's visits.
    QStringList personal;
    {
        ProjectError error;
        const auto project = Project::open(m_file, Project::Mode::ReadOnly, &error);
        ASSERT_TRUE(project) << error.message.toStdString();
        QSqlQuery query(project->database());
        ASSERT_TRUE(query.exec(QStringLiteral(
            "SELECT DISTINCT p.full_name, p.email FROM shopper_personal p JOIN visit v ON v.shopper_id = "
            "p.shopper_id "
            "JOIN wave w ON w.id = v.wave_id WHERE w.code = 'W2026-10' AND v.status = 'approved' "
            "AND p.full_name <> '' AND p.email <> '' ORDER BY p.shopper_id LIMIT 12")));
        while (query.next())
            personal << query.value(0).toString() << query.value(1).toString();
    }
    ASSERT_EQ(personal.size(), 24);

    QList<std::pair<QString, QString>> exports; // what, text
    auto keep = [&](const QString& what, const CliResult& result) {
        EXPECT_EQ(result.exitCode, 0) << what.toStdString() << ": " << result.err.toStdString();
        exports << std::pair { what, result.out };
    };
    const QStringList perStaff { QStringLiteral("--per"), QStringLiteral("staff") };
    keep(QStringLiteral("export-data per staff (CSV)"),
         runCli(QStringList { QStringLiteral("export-data"), m_file, QStringLiteral("--view"),
                              QStringLiteral("by-location"), QStringLiteral("--wave"),
                              QStringLiteral("W2026-10") }
                + perStaff));
    for (const View view : ChartViews::all()) {
        const QString key = ChartViews::key(view);
        QStringList arguments { QStringLiteral("export-data"), m_file,
                                QStringLiteral("--view"),      key,
                                QStringLiteral("--wave"),      QStringLiteral("W2026-10"),
                                QStringLiteral("--format"),    QStringLiteral("json") };
        if (view == View::ByLocation || view == View::Heatmap || view == View::Distribution)
            arguments << perStaff;
        keep(QStringLiteral("export-data --format json ") + key, runCli(arguments));
    }
    const QString svg = path(QStringLiteral("staff.svg"));
    keep(QStringLiteral("chart --json"),
         chart(QStringLiteral("by-location"), svg, perStaff + QStringList { QStringLiteral("--json") }));
    exports << std::pair { QStringLiteral("the chart's SVG"), QString::fromUtf8(contents(svg)) };
    const QString csv = path(QStringLiteral("staff.csv"));
    keep(QStringLiteral("chart to CSV"), chart(QStringLiteral("by-location"), csv, perStaff));
    exports << std::pair { QStringLiteral("the chart's CSV"), QString::fromUtf8(contents(csv)) };

    for (const auto& [what, text] : exports) {
        EXPECT_FALSE(text.isEmpty()) << what.toStdString();
        for (const QString& value : personal)
            EXPECT_FALSE(text.contains(value, Qt::CaseInsensitive))
                << what.toStdString() << " names " << value.toStdString();
    }
}

TEST_F(ChartCli, ChartPackHasEveryChartAndAPagePerRegionAndLocation)
{
    const QString folder = path(QStringLiteral("pack"));
    const CliResult result = runCli({ QStringLiteral("chartpack"), m_file, QStringLiteral("--wave"),
                                      QStringLiteral("W2026-10"), QStringLiteral("--out"), folder, QStringLiteral("--json") });
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject written = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonArray files = written.value(QStringLiteral("files")).toArray();
    // The dashboard's two charts and the eight other standard charts, each as PNG and SVG.
    EXPECT_EQ(files.size(), 20);
    for (const QJsonValue& file : files) {
        const QString name = file.toString();
        EXPECT_TRUE(QFileInfo(name).size() > 1000) << name.toStdString();
        if (name.endsWith(QLatin1String(".png"))) {
            EXPECT_EQ(QImage(name).size(), QSize(1600, 1000)) << name.toStdString();
        }
    }
    // Own-network locations with a scored, approved report in the wave, and their regions.
    const QString counted = QStringLiteral(
        "FROM visit v JOIN response r ON r.visit_id = v.id JOIN visit_score s ON s.response_id = r.id "
        "JOIN wave w ON w.id = v.wave_id JOIN location l ON l.id = v.location_id LEFT JOIN geo_unit g ON g.id = l.geo_unit_id "
        "WHERE w.code = 'W2026-10' AND v.status = 'approved' AND s.score IS NOT NULL AND l.is_competitor = 0");
    const qint64 locations = scalar(m_file, QStringLiteral("SELECT count(DISTINCT v.location_id) ") + counted).toLongLong();
    const qint64 regions = scalar(m_file, QStringLiteral("SELECT count(DISTINCT CASE g.level WHEN 'region' THEN g.id "
                                                         "WHEN 'area' THEN g.parent_id ELSE 0 END) ") + counted)
                               .toLongLong();
    ASSERT_GT(locations, 10);
    const qint64 expected = 2 + 10 + regions + locations; // title, dashboard, 10 charts, regions, locations
    EXPECT_EQ(written.value(QStringLiteral("pages")).toInteger(), expected);
    const QByteArray pdf = contents(QDir(folder).filePath(QStringLiteral("report.pdf")));
    ASSERT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(pdfPages(pdf), expected);
    EXPECT_FALSE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("report.pdf.part"))));
}

TEST_F(ChartCli, ChartPackOfAWaveThatDoesNotExistWritesNothing)
{
    const QString folder = path(QStringLiteral("none"));
    const CliResult result = runCli({ QStringLiteral("chartpack"), m_file, QStringLiteral("--wave"),
                                      QStringLiteral("W1999-01"), QStringLiteral("--out"), folder });
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(QStringLiteral("W1999-01"))) << result.err.toStdString();
    EXPECT_TRUE(QDir(folder).isEmpty());
}

TEST_F(ChartCli, TheClientsLogoAndFontAreOnTheCharts)
{
    // A small red PNG as the client's logo.
    QImage red(120, 40, QImage::Format_RGB32);
    red.fill(QColor(200, 0, 0));
    const QString logo = path(QStringLiteral("logo.png"));
    ASSERT_TRUE(red.save(logo));
    const CliResult set = runCli({ QStringLiteral("programme"), QStringLiteral("set"), m_file, QStringLiteral("--logo"), logo,
                                   QStringLiteral("--chart-font"), QStringLiteral("DejaVu Serif"), QStringLiteral("--json") });
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    const QJsonObject settings = QJsonDocument::fromJson(set.out.toUtf8()).object();
    EXPECT_EQ(settings.value(QStringLiteral("chart_font")).toString(), QStringLiteral("DejaVu Serif"));
    EXPECT_EQ(settings.value(QStringLiteral("logo_bytes")).toInteger(), QFileInfo(logo).size());

    const QString svg = path(QStringLiteral("logo.svg"));
    ASSERT_EQ(chart(QStringLiteral("sections"), svg).exitCode, 0);
    const QByteArray drawing = contents(svg);
    EXPECT_TRUE(drawing.contains("<image")) << "the logo is drawn";
    EXPECT_TRUE(drawing.contains("DejaVu Serif")) << "the programme's font is used";
    const QString png = path(QStringLiteral("logo.png.png"));
    ASSERT_EQ(chart(QStringLiteral("sections"), png, { QStringLiteral("--dpi"), QStringLiteral("96") }).exitCode, 0);
    // Top right, where the logo goes, has the logo's red.
    const QImage picture(png);
    bool found = false;
    for (int y = 0; y < 120 && !found; ++y)
        for (int x = picture.width() - 300; x < picture.width() && !found; ++x)
            found = qRed(picture.pixel(x, y)) > 180 && qGreen(picture.pixel(x, y)) < 40;
    EXPECT_TRUE(found);

    // Not an image: refused, naming the option, and nothing changes.
    const QString text = m_folder.writeFile(QStringLiteral("logo.txt"), "not a picture");
    const CliResult bad = runCli({ QStringLiteral("programme"), QStringLiteral("set"), m_file, QStringLiteral("--logo"), text });
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--logo"))) << bad.err.toStdString();
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT length(logo) FROM programme")).toLongLong(), QFileInfo(logo).size());
    // none takes it away.
    ASSERT_EQ(runCli({ QStringLiteral("programme"), QStringLiteral("set"), m_file, QStringLiteral("--logo"), QStringLiteral("none"),
                       QStringLiteral("--chart-font"), QStringLiteral("default") })
                  .exitCode,
              0);
    EXPECT_TRUE(scalar(m_file, QStringLiteral("SELECT logo FROM programme")).isNull());
    EXPECT_EQ(scalar(m_file, QStringLiteral("SELECT chart_font FROM programme")).toString(), QString());
}

TEST_F(ChartCli, OptionsOutOfRangeAndFiltersAChartCannotTakeAreNamed)
{
    const QString png = path(QStringLiteral("range.png"));
    for (const auto& [option, value] : { std::pair { QStringLiteral("--width"), QStringLiteral("10") },
                                         std::pair { QStringLiteral("--height"), QStringLiteral("30000") },
                                         std::pair { QStringLiteral("--dpi"), QStringLiteral("5") } }) {
        const CliResult result = chart(QStringLiteral("trend"), png, { option, value });
        EXPECT_EQ(result.exitCode, 2) << option.toStdString();
        EXPECT_TRUE(result.err.contains(option) && result.err.contains(value)) << result.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(png));
    }
    // A question filter is for the compliance chart; elsewhere it is refused, not misapplied.
    const CliResult sections = chart(QStringLiteral("sections"), png, { QStringLiteral("--filter"), QStringLiteral("question=GRT01") });
    EXPECT_NE(sections.exitCode, 0);
    EXPECT_TRUE(sections.err.contains(QStringLiteral("question"))) << sections.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(png));
    const CliResult trend = chart(QStringLiteral("trend"), png, { QStringLiteral("--filter"), QStringLiteral("section=GRT") });
    EXPECT_NE(trend.exitCode, 0);
    EXPECT_TRUE(trend.err.contains(QStringLiteral("section"))) << trend.err.toStdString();
    const CliResult compliance
        = chart(QStringLiteral("compliance"), png, { QStringLiteral("--filter"), QStringLiteral("section=GRT") });
    EXPECT_EQ(compliance.exitCode, 0) << compliance.err.toStdString();
    const CliResult pack = runCli({ QStringLiteral("chartpack"), m_file, QStringLiteral("--out"), path(QStringLiteral("qpack")),
                                    QStringLiteral("--filter"), QStringLiteral("question=GRT01") });
    EXPECT_NE(pack.exitCode, 0);
    EXPECT_TRUE(QDir(path(QStringLiteral("qpack"))).isEmpty());
}
