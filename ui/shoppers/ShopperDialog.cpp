#include "ShopperDialog.h"

#include "VisitHistoryView.h"
#include "commands/ShopperCommands.h"
#include "models/DomainLabels.h"
#include "planning/ScenarioStore.h"
#include "project/Project.h"
#include "shoppers/ShopperImport.h"
#include "shoppers/ShopperStore.h"
#include "shoppers/ShopperValidator.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr double kUnsetCoordinate = -999; // the coordinate spin boxes' "not set"
constexpr double kUnsetRating = -0.1;     // the rating spin box's "not rated"
const QDate kUnknownDate(1900, 1, 1);     // the date edit's "not known"

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QDateEdit* dateEdit(const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

enum ConflictColumn { KindColumn, TargetColumn, LocationNameColumn, NoteColumn };
} // namespace

ShopperDialog::ShopperDialog(Project* project, const QString& code, QWidget* parent)
    : QDialog(parent)
    , m_project(project)
    , m_originalCode(code)
    , m_tabs(new QTabWidget(this))
    , m_status(new QComboBox(this))
    , m_gender(new QComboBox(this))
    , m_city(new QComboBox(this))
    , m_birthYear(new QSpinBox(this))
    , m_latitude(new QDoubleSpinBox(this))
    , m_longitude(new QDoubleSpinBox(this))
    , m_capacityPerWave(new QSpinBox(this))
    , m_capacityPerDay(new QSpinBox(this))
    , m_rating(new QDoubleSpinBox(this))
    , m_joined(dateEdit(kUnknownDate, this))
    , m_periods(new QTableWidget(0, 2, this))
    , m_addPeriod(new QPushButton(tr("&Add a period"), this))
    , m_removePeriod(new QPushButton(tr("&Remove period"), this))
    , m_conflicts(new QTableWidget(0, 4, this))
    , m_addLocationConflict(new QPushButton(tr("Add a &location"), this))
    , m_addBrandConflict(new QPushButton(tr("Add a &brand"), this))
    , m_removeConflict(new QPushButton(tr("Re&move"), this))
    , m_history(new VisitHistoryView(VisitHistory::Of::Shopper, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(code.isEmpty() ? tr("New shopper") : tr("Shopper %1").arg(code));
    setMinimumSize(760, 580);
    const QSqlDatabase db = m_project->database();
    QSqlQuery locations(QStringLiteral("SELECT code, name FROM location ORDER BY code"), db);
    while (locations.next())
        m_locationNames.insert(locations.value(0).toString(), locations.value(1).toString());
    m_brands = ShopperStore::knownBrands(db);

    m_tabs->addTab(createProfileTab(), tr("&Profile"));
    m_tabs->addTab(createPersonalTab(), tr("P&ersonal data"));
    m_tabs->addTab(createAvailabilityTab(), tr("A&vailability"));
    m_tabs->addTab(createConflictsTab(), tr("&Conflicts of interest"));
    m_tabs->addTab(m_history, tr("V&isits"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problems"));
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (!code.isEmpty())
        load(code);
    m_history->load(db, code.isEmpty() ? QString() : code);
}

QLineEdit* ShopperDialog::addEdit(QFormLayout* form, ShopperFields::Field field, const QString& label)
{
    auto* edit = new QLineEdit(form->parentWidget());
    const QString key = ShopperFields::key(field);
    edit->setObjectName(key);
    m_edits.insert(key, edit);
    form->addRow(label, edit);
    return edit;
}

QWidget* ShopperDialog::createProfileTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    addEdit(form, ShopperFields::Code, tr("&Code:"))->setPlaceholderText(tr("the pseudonymous code used everywhere, e.g. S000123"));
    for (const QString& status : Shopper::statuses())
        m_status->addItem(DomainLabels::label(DomainLabels::ShopperStatus, status), status);
    form->addRow(tr("&Status:"), m_status);
    m_gender->addItem(tr("Not given"), QString());
    for (const QString& gender : Shopper::genders())
        m_gender->addItem(DomainLabels::label(DomainLabels::Gender, gender), gender);
    form->addRow(tr("&Gender:"), m_gender);
    m_birthYear->setRange(ShopperValidator::kMinBirthYear - 1, ShopperValidator::latestBirthYear());
    m_birthYear->setSpecialValueText(tr("not given"));
    m_birthYear->setValue(m_birthYear->minimum());
    form->addRow(tr("&Birth year:"), m_birthYear);
    addEdit(form, ShopperFields::Languages, tr("&Languages:"))->setPlaceholderText(tr("codes such as lv, en, ru"));
    auto* tags = addEdit(form, ShopperFields::Tags, tr("&Tags:"));
    tags->setPlaceholderText(tr("e.g. has-car, customer, student"));
    tags->setToolTip(tr("Tags in use: %1").arg(ScenarioStore::knownTags(m_project->database()).join(QStringLiteral(", "))));

    m_city->setEditable(true);
    m_city->addItems(ShopperStore::knownCities(m_project->database()));
    m_city->setCurrentIndex(-1);
    m_city->lineEdit()->setObjectName(ShopperFields::key(ShopperFields::City));
    m_city->lineEdit()->setPlaceholderText(tr("where the shopper lives"));
    m_city->completer()->setFilterMode(Qt::MatchStartsWith);
    m_city->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_edits.insert(ShopperFields::key(ShopperFields::City), m_city->lineEdit());
    form->addRow(tr("Home c&ity:"), m_city);
    for (QDoubleSpinBox* spin : {m_latitude, m_longitude}) {
        spin->setDecimals(5);
        spin->setSpecialValueText(tr("not set"));
    }
    m_latitude->setRange(kUnsetCoordinate, 90);
    m_longitude->setRange(kUnsetCoordinate, 180);
    m_latitude->setValue(kUnsetCoordinate);
    m_longitude->setValue(kUnsetCoordinate);
    form->addRow(tr("Home l&atitude:"), m_latitude);
    form->addRow(tr("Home l&ongitude:"), m_longitude);
    for (QSpinBox* spin : {m_capacityPerWave, m_capacityPerDay})
        spin->setRange(0, ShopperValidator::kMaxCapacity);
    m_capacityPerWave->setValue(Shopper().capacityPerWave);
    m_capacityPerDay->setValue(Shopper().capacityPerDay);
    form->addRow(tr("Visits per &wave:"), m_capacityPerWave);
    form->addRow(tr("Visits per &day:"), m_capacityPerDay);
    m_rating->setRange(kUnsetRating, ShopperValidator::kMaxRating);
    m_rating->setDecimals(1);
    m_rating->setSingleStep(0.1);
    m_rating->setSpecialValueText(tr("not rated"));
    m_rating->setValue(kUnsetRating);
    form->addRow(tr("&Rating (0–5):"), m_rating);
    m_joined->setMinimumDate(kUnknownDate);
    m_joined->setSpecialValueText(tr("not known"));
    form->addRow(tr("&Joined the panel:"), m_joined);
    return page;
}

QWidget* ShopperDialog::createPersonalTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hint(tr("Who the shopper is. This is kept apart from the profile: assignment and analysis use only the "
                              "code, exports leave it out unless asked for, and clients never see it."),
                           page));
    auto* form = new QFormLayout;
    addEdit(form, ShopperFields::Name, tr("&Name:"));
    addEdit(form, ShopperFields::Email, tr("&E-mail:"))->setPlaceholderText(tr("name@example.com"));
    addEdit(form, ShopperFields::Phone, tr("&Phone:"))->setPlaceholderText(tr("+371 2612 3456"));
    addEdit(form, ShopperFields::Address, tr("&Address:"));
    addEdit(form, ShopperFields::Postcode, tr("Post&code:"));
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget* ShopperDialog::createAvailabilityTab()
{
    auto* page = new QWidget(this);
    m_periods->setObjectName(QStringLiteral("unavailable"));
    m_periods->setHorizontalHeaderLabels({tr("From"), tr("To (included)")});
    m_periods->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_periods->verticalHeader()->hide();
    m_periods->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_periods->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_addPeriod, &QPushButton::clicked, this, [this] {
        const QDate today = QDate::currentDate();
        addPeriod(today, today.addDays(6));
    });
    connect(m_removePeriod, &QPushButton::clicked, this, [this] {
        if (m_periods->currentRow() >= 0)
            m_periods->removeRow(m_periods->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addPeriod);
    buttons->addWidget(m_removePeriod);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hint(tr("Days on which the shopper cannot do visits (holidays, travel), both ends included. Periods "
                              "that overlap are joined when saved."),
                           page));
    layout->addWidget(m_periods, 1);
    layout->addLayout(buttons);
    return page;
}

void ShopperDialog::addPeriod(const QDate& from, const QDate& to)
{
    const int row = m_periods->rowCount();
    m_periods->insertRow(row);
    m_periods->setCellWidget(row, 0, dateEdit(from, m_periods));
    m_periods->setCellWidget(row, 1, dateEdit(to, m_periods));
    m_periods->setCurrentCell(row, 0);
}

QWidget* ShopperDialog::createConflictsTab()
{
    auto* page = new QWidget(this);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->setHorizontalHeaderLabels({tr("With"), tr("Location code or brand"), tr("Location"), tr("Note")});
    m_conflicts->horizontalHeader()->setSectionResizeMode(LocationNameColumn, QHeaderView::Stretch);
    m_conflicts->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_conflicts->horizontalHeader()->resizeSection(TargetColumn, 170);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_conflicts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->setWordWrap(false);
    connect(m_addLocationConflict, &QPushButton::clicked, this, [this] {
        addConflict(true, {});
        qobject_cast<QLineEdit*>(m_conflicts->cellWidget(m_conflicts->rowCount() - 1, TargetColumn))->setFocus();
    });
    connect(m_addBrandConflict, &QPushButton::clicked, this, [this] {
        addConflict(false, {});
        qobject_cast<QLineEdit*>(m_conflicts->cellWidget(m_conflicts->rowCount() - 1, TargetColumn))->setFocus();
    });
    connect(m_removeConflict, &QPushButton::clicked, this, [this] {
        if (m_conflicts->currentRow() >= 0)
            m_conflicts->removeRow(m_conflicts->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addLocationConflict);
    buttons->addWidget(m_addBrandConflict);
    buttons->addWidget(m_removeConflict);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(hint(tr("Where the shopper must never be sent: a location where family or friends work, or a whole "
                              "brand they work for or used to. Type a location's code or part of it to choose it."),
                           page));
    layout->addWidget(m_conflicts, 1);
    layout->addLayout(buttons);
    return page;
}

void ShopperDialog::addConflict(bool location, const Shopper::Conflict& conflict)
{
    const int row = m_conflicts->rowCount();
    m_conflicts->insertRow(row);
    auto* kind = new QTableWidgetItem(location ? tr("Location") : tr("Brand"));
    kind->setData(Qt::UserRole, location);
    m_conflicts->setItem(row, KindColumn, kind);
    auto* target = new QLineEdit(location ? conflict.locationCode : conflict.brand, m_conflicts);
    target->setFrame(false);
    target->setPlaceholderText(location ? tr("location code") : tr("brand"));
    auto* completer = new QCompleter(location ? m_locationNames.keys() : m_brands, target);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    target->setCompleter(completer);
    m_conflicts->setCellWidget(row, TargetColumn, target);
    auto* name = new QTableWidgetItem;
    m_conflicts->setItem(row, LocationNameColumn, name);
    if (location) {
        // The location's name as the code is typed: the user sees they chose the right one.
        auto showName = [this, name](const QString& code) {
            const auto it = m_locationNames.constFind(code.trimmed());
            name->setText(code.trimmed().isEmpty() ? QString() : it != m_locationNames.cend() ? it.value() : tr("(no such location)"));
            name->setToolTip(name->text());
        };
        connect(target, &QLineEdit::textChanged, this, showName);
        showName(target->text());
    }
    auto* note = new QLineEdit(conflict.note, m_conflicts);
    note->setFrame(false);
    note->setCursorPosition(0); // a long note shows its start
    note->setPlaceholderText(tr("e.g. sister works here"));
    m_conflicts->setCellWidget(row, NoteColumn, note);
    m_conflicts->setCurrentCell(row, KindColumn);
}

void ShopperDialog::load(const QString& code)
{
    QString error;
    const auto shopper = ShopperStore::load(m_project->database(), code, &error);
    if (!shopper) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    auto set = [this](ShopperFields::Field field, const QString& text) { m_edits.value(ShopperFields::key(field))->setText(text); };
    set(ShopperFields::Code, shopper->code);
    set(ShopperFields::Name, shopper->personal.fullName);
    set(ShopperFields::Email, shopper->personal.email);
    set(ShopperFields::Phone, shopper->personal.phone);
    set(ShopperFields::Address, shopper->personal.address);
    set(ShopperFields::Postcode, shopper->personal.postcode);
    set(ShopperFields::City, shopper->homeCity);
    set(ShopperFields::Languages, ShopperImport::formatList(shopper->languages));
    set(ShopperFields::Tags, ShopperImport::formatList(shopper->tags));
    m_status->setCurrentIndex(std::max(0, m_status->findData(shopper->status)));
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(shopper->gender)));
    m_birthYear->setValue(shopper->birthYear.value_or(m_birthYear->minimum()));
    m_latitude->setValue(shopper->latitude.value_or(kUnsetCoordinate));
    m_longitude->setValue(shopper->longitude.value_or(kUnsetCoordinate));
    m_capacityPerWave->setValue(shopper->capacityPerWave);
    m_capacityPerDay->setValue(shopper->capacityPerDay);
    m_rating->setValue(shopper->rating.value_or(kUnsetRating));
    m_joined->setDate(shopper->joinedOn.isValid() ? shopper->joinedOn : kUnknownDate);
    for (const Shopper::Period& period : shopper->unavailable)
        addPeriod(period.from, period.to);
    for (const Shopper::Conflict& conflict : shopper->conflicts)
        addConflict(!conflict.locationCode.isEmpty(), conflict);
    // An existing shopper's code stays: it is how imports and other systems find them again.
    m_edits.value(ShopperFields::key(ShopperFields::Code))->setReadOnly(true);
}

Shopper ShopperDialog::shopper() const
{
    auto text = [this](ShopperFields::Field field) { return m_edits.value(ShopperFields::key(field))->text().trimmed(); };
    Shopper shopper;
    shopper.code = text(ShopperFields::Code);
    shopper.personal = {text(ShopperFields::Name), text(ShopperFields::Email), text(ShopperFields::Phone),
                        text(ShopperFields::Address), text(ShopperFields::Postcode)};
    shopper.homeCity = text(ShopperFields::City);
    shopper.languages = ShopperImport::splitList(text(ShopperFields::Languages));
    shopper.tags = ShopperImport::splitList(text(ShopperFields::Tags));
    shopper.status = m_status->currentData().toString();
    shopper.gender = m_gender->currentData().toString();
    if (m_birthYear->value() != m_birthYear->minimum())
        shopper.birthYear = m_birthYear->value();
    if (m_latitude->value() > kUnsetCoordinate)
        shopper.latitude = m_latitude->value();
    if (m_longitude->value() > kUnsetCoordinate)
        shopper.longitude = m_longitude->value();
    shopper.capacityPerWave = m_capacityPerWave->value();
    shopper.capacityPerDay = m_capacityPerDay->value();
    if (m_rating->value() > kUnsetRating)
        shopper.rating = m_rating->value();
    if (m_joined->date() != kUnknownDate)
        shopper.joinedOn = m_joined->date();
    for (int row = 0; row < m_periods->rowCount(); ++row) {
        const auto* from = qobject_cast<QDateEdit*>(m_periods->cellWidget(row, 0));
        const auto* to = qobject_cast<QDateEdit*>(m_periods->cellWidget(row, 1));
        shopper.unavailable.append({from->date(), to->date()});
    }
    for (int row = 0; row < m_conflicts->rowCount(); ++row) {
        const bool location = m_conflicts->item(row, KindColumn)->data(Qt::UserRole).toBool();
        const QString target = qobject_cast<QLineEdit*>(m_conflicts->cellWidget(row, TargetColumn))->text().trimmed();
        const QString note = qobject_cast<QLineEdit*>(m_conflicts->cellWidget(row, NoteColumn))->text().trimmed();
        if (target.isEmpty() && note.isEmpty())
            continue; // a row added and left empty
        shopper.conflicts.append({location ? target : QString(), location ? QString() : target, note});
    }
    return shopper;
}

ShopperDialog::Tab ShopperDialog::tabOf(ShopperFields::Field field)
{
    if (ShopperFields::isPersonal(field))
        return PersonalTab;
    if (field == ShopperFields::Unavailable)
        return AvailabilityTab;
    if (field == ShopperFields::ConflictLocations || field == ShopperFields::ConflictBrands)
        return ConflictsTab;
    return ProfileTab;
}

bool ShopperDialog::save()
{
    Shopper value = shopper();
    value.tidy();
    const auto found = ShopperValidator::check(m_project->database(), value, m_originalCode);
    QString problems;
    if (found.isEmpty() && Command::saveShopper(m_project, value, m_originalCode, &problems)) {
        m_savedCode = value.code;
        return true;
    }
    if (!found.isEmpty()) {
        problems = ShopperValidator::texts(found).join(QLatin1Char('\n'));
        m_tabs->setCurrentIndex(tabOf(found.first().field)); // where the first problem can be put right
    }
    m_problem->setText(problems);
    m_problem->show();
    return false;
}
