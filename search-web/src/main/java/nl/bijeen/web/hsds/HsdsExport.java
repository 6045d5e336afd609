package nl.bijeen.web.hsds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.web.web.TaxonomyLabels;

/**
 * Reads the store into HSDS documents: every live organisation, and as services the activities linked to it that are
 * still current (an ongoing offer, or a date that has not ended). An activity linked to several organisations is the
 * service of the first (its organiser before a publisher, then the lowest id), so it is exported once. Activities no
 * organisation is linked to are not services in HSDS terms and are left out; the activities API has them all.
 */
@Singleton
public class HsdsExport {

    private final OrganisationStore organisations;
    private final Aggregator aggregator;
    private final HsdsOrganizations organizationDocuments;
    private final HsdsServices serviceDocuments;
    private final Clock clock;

    public HsdsExport(OrganisationStore organisations, Aggregator aggregator, TaxonomyLabels labels, Clock clock,
                      HsdsProperties settings) {
        this.organisations = organisations;
        this.aggregator = aggregator;
        this.organizationDocuments = new HsdsOrganizations(labels, settings.province());
        this.serviceDocuments = new HsdsServices(labels, settings.province());
        this.clock = clock;
    }

    /** Every live organisation as an HSDS organization, by Bijeen id. */
    public List<ObjectNode> organizations() {
        Instant now = clock.instant();
        return organisations.live().stream().map(o -> organizationDocuments.of(o, now)).toList();
    }

    /** One organization by its HSDS id (or by Bijeen's number), if it is live. */
    public Optional<ObjectNode> organization(String id) {
        return find(id).map(o -> organizationDocuments.of(o, clock.instant()));
    }

    /** The current services, each with its organization inline; only one organization's when {@code of} is given. */
    public List<ObjectNode> services(Optional<String> of) {
        List<StoredOrganisation> owners = of.isPresent() ? find(of.get()).stream().toList() : organisations.live();
        Instant now = clock.instant();
        List<ObjectNode> services = new ArrayList<>();
        for (StoredOrganisation owner : owners) {
            ObjectNode organization = brief(owner);
            for (StoredActivity activity : current(owner, now)) {
                if (ownerOf(activity.id()).orElse(-1L) == owner.id()) {
                    services.add(serviceDocuments.of(activity, owner.id(), now).set("organization", organization));
                }
            }
        }
        return services;
    }

    /**
     * One service by its HSDS id, with its organization inline. Ids are derived from activity ids, so the candidates
     * are compared by id alone and only the one asked for is read and built.
     */
    public Optional<ObjectNode> service(String id) {
        Instant now = clock.instant();
        for (StoredOrganisation owner : organisations.live()) {
            for (long activityId : organisations.activityIds(owner.id())) {
                if (HsdsIds.service(activityId).equals(id)) {
                    return aggregator.store().find(activityId).filter(a -> isCurrent(a, now))
                            .filter(a -> ownerOf(activityId).orElse(-1L) == owner.id())
                            .map(a -> serviceDocuments.of(a, owner.id(), now).set("organization", brief(owner)));
                }
            }
        }
        return Optional.empty();
    }

    /** The organisation a service is exported under: the first linked (organiser before publisher). */
    private Optional<Long> ownerOf(long activityId) {
        return organisations.organisationIds(activityId).stream().findFirst();
    }

    /** Everything as the HSDS tabular data package (zip). */
    public byte[] dataPackage() {
        HsdsDataPackage dataPackage = new HsdsDataPackage();
        organizations().forEach(o -> dataPackage.add("organizations", o));
        for (ObjectNode service : services(Optional.empty())) {
            ObjectNode withoutOrganization = service.deepCopy();
            withoutOrganization.remove("organization"); // the organizations table has it already
            dataPackage.add("services", withoutOrganization);
        }
        return dataPackage.zip();
    }

    private List<StoredActivity> current(StoredOrganisation owner, Instant now) {
        return organisations.activityIds(owner.id()).stream()
                .map(aggregator.store()::find).flatMap(Optional::stream)
                .filter(a -> isCurrent(a, now)).toList();
    }

    static boolean isCurrent(StoredActivity activity, Instant now) {
        var schedule = activity.draft().schedule();
        return !schedule.hasFixedDate() || schedule.occurrences().stream()
                .anyMatch(o -> !(o.end() == null ? o.start() : o.end()).toInstant().isBefore(now));
    }

    private Optional<StoredOrganisation> find(String id) {
        String wanted = id.strip();
        if (wanted.matches("\\d{1,18}")) {
            return organisations.find(Long.parseLong(wanted));
        }
        return organisations.live().stream().filter(o -> HsdsIds.organization(o.id()).equals(wanted)).findFirst();
    }

    /** The organization inside a service: the fields HSDS requires, so the service reads on its own. */
    private static ObjectNode brief(StoredOrganisation o) {
        return JsonNodeFactory.instance.objectNode().put("id", HsdsIds.organization(o.id())).put("name", o.name())
                .put("description", HsdsOrganizations.description(o));
    }
}
