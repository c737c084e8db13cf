#include "planning/OpeningHours.h"

#include <gtest/gtest.h>

namespace {
// The day as the form shows it after reading text, or the problem.
QString read(const QString& text)
{
    OpeningHours::Day day;
    QString error;
    if (!OpeningHours::parseDay(text, &day, &error))
        return QStringLiteral("error: ") + error;
    return OpeningHours::formatDay(day, OpeningHours::Style::Display);
}
} // namespace

TEST(OpeningHours, ReadsHoursAsPeopleWriteThem)
{
    EXPECT_EQ(read(QStringLiteral("09:00-17:00")), QStringLiteral("09:00–17:00"));
    EXPECT_EQ(read(QStringLiteral("9-17")), QStringLiteral("09:00–17:00"));
    EXPECT_EQ(read(QStringLiteral(" 09.30 – 18.00 ")), QStringLiteral("09:30–18:00"));
    // Split hours, in any order and with any of the usual separators.
    EXPECT_EQ(read(QStringLiteral("13:00-18:00;09:00-12:00")), QStringLiteral("09:00–12:00, 13:00–18:00"));
    EXPECT_EQ(read(QStringLiteral("09:00–12:00, 13:00–18:00")), QStringLiteral("09:00–12:00, 13:00–18:00"));
    EXPECT_EQ(read(QStringLiteral("10:00-24:00")), QStringLiteral("10:00–24:00")) << "24:00 closes a day";
    // Closed, in the programme's languages.
    for (const char* closed : {"", "  ", "closed", "Stängt", "stengt", "slēgts", "nieczynne", "-"})
        EXPECT_EQ(read(QString::fromUtf8(closed)), QString()) << closed;
}

TEST(OpeningHours, SaysWhatIsWrong)
{
    EXPECT_EQ(read(QStringLiteral("19:00-18:00")), QStringLiteral("error: 18:00 is not after 19:00"));
    EXPECT_EQ(read(QStringLiteral("09:00-09:00")), QStringLiteral("error: 09:00 is not after 09:00"));
    EXPECT_EQ(read(QStringLiteral("09:00-13:00, 12:00-18:00")), QStringLiteral("error: 12:00–18:00 overlaps 09:00–13:00"));
    EXPECT_EQ(read(QStringLiteral("25:00-26:00")), QStringLiteral("error: “25:00” is not a time of day"));
    EXPECT_EQ(read(QStringLiteral("09:00-17:75")), QStringLiteral("error: “17:75” is not a time of day"));
    EXPECT_EQ(read(QStringLiteral("24:00-24:00")), QStringLiteral("error: “24:00” is not a time of day"));
    EXPECT_TRUE(read(QStringLiteral("mornings")).startsWith(QStringLiteral("error: “mornings” is not opening hours")));
    EXPECT_TRUE(read(QStringLiteral("09:00-12:00; lunch")).startsWith(QStringLiteral("error: “lunch” is not opening hours")));
}

TEST(OpeningHours, WritesWhatTheImporterReadsBack)
{
    OpeningHours::Day day;
    QString error;
    ASSERT_TRUE(OpeningHours::parseDay(QStringLiteral("9-12, 13-18"), &day, &error));
    const QString csv = OpeningHours::formatDay(day, OpeningHours::Style::Csv);
    EXPECT_EQ(csv, QStringLiteral("09:00-12:00;13:00-18:00"));
    OpeningHours::Day again;
    ASSERT_TRUE(OpeningHours::parseDay(csv, &again, &error));
    EXPECT_EQ(again, day);
    EXPECT_EQ(OpeningHours::weekdayName(2), QStringLiteral("Tuesday"));
    EXPECT_EQ(OpeningHours::weekdayKey(7), QStringLiteral("sun"));
}
