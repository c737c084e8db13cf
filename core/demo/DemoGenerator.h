#pragma once

#include "project/ProjectError.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>
#include <optional>

// Writes a complete, realistic demo programme for the fictional bank "Nordbank": branches in
// real Nordic, Baltic and Polish cities, a contact centre, web enquiry forms and competitors,
// three scenarios, twelve monthly waves around `today` (ten in the past with approved reports,
// the current one in fieldwork and partly assigned, the next one planned), a shopper panel and
// reports with plausible patterns (improving and declining branches, weak standards, a few
// suspicious shoppers). The same seed and `today` give the same programme.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    enum class Preset { Small, Large };

    struct Options
    {
        Preset preset = Preset::Small;
        quint64 seed = 1;
        QDate today = QDate::currentDate();
        bool replace = false; // replace an existing file (atomically, once the new one is complete)
    };

    struct Statistics
    {
        qint64 locations = 0;
        qint64 shoppers = 0;
        qint64 waves = 0;
        qint64 visits = 0;
        qint64 responses = 0;
        qint64 answers = 0;
        qint64 rows = 0; // every row written, in all tables
    };

    // Progress gets 0-100 and returns false to cancel (the file is then not written).
    using Progress = std::function<bool(int percent)>;

    static bool generate(const QString& path, const Options& options, Statistics* statistics, ProjectError* error,
                         const Progress& progress = {});

    static std::optional<Preset> presetFromName(const QString& name);
};
