#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>

class Project;

// A hand-made programme for assignment tests: waves W1 (November 2026, closed once the test
// calls closePast()), W2 (December 2026, being assigned) and W3 (January 2027); everything else
// is added by the test. Rows go in through their own transactions, outside the undo stack.
class AssignmentScene
{
public:
    explicit AssignmentScene(const QString& path);
    ~AssignmentScene();

    Project* project() const { return m_project.get(); }
    QString path() const { return m_path; }
    qint64 wave(const QString& code) const;

    qint64 location(const QString& code, double latitude, double longitude, const QString& brand = QStringLiteral("Nordbank"),
                    const QString& channel = QStringLiteral("visit"));
    qint64 scenario(const QString& code, double fee, int minutes = 15);
    qint64 shopper(const QString& code, double latitude, double longitude, int capacityPerWave = 4, int capacityPerDay = 2);
    // A visit; shopper 0 leaves it planned. by: auto or manual.
    qint64 visit(const QString& waveCode, qint64 location, qint64 scenario, const QString& date, qint64 shopper = 0,
                 const QString& status = QString(), const QString& by = QStringLiteral("auto"), bool locked = false);
    void closePast();
    // Runs one statement with bound values; the test fails when it does.
    QVariant exec(const QString& sql, const QVariantList& values = {});

private:
    QString m_path;
    std::unique_ptr<Project> m_project;
    int m_slot = 0;
};
