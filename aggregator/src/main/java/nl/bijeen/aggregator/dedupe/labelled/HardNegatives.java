package nl.bijeen.aggregator.dedupe.labelled;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import nl.bijeen.aggregator.demo.DemoActivity;
import nl.bijeen.aggregator.demo.DemoPlace;
import nl.bijeen.aggregator.demo.DemoSchedule;

/**
 * Activities that look like another one but are not: what a deduplicator must keep apart. Each is a new activity
 * of its own (its own ground truth), made from a demo activity.
 */
public final class HardNegatives {

    private HardNegatives() {
    }

    /** Another activity at the same place and time, with the title and text of an unrelated one. */
    public static DemoActivity sameSlot(DemoActivity activity, DemoActivity unrelated) {
        return new DemoActivity(activity.id() + "~same-slot-" + unrelated.id(), unrelated.title(),
                unrelated.description(), activity.place(), unrelated.organiser(), unrelated.audiences(),
                unrelated.themes(), unrelated.cost(), activity.schedule(), List.of(), Map.of(), false);
    }

    /** The same title and text two days later at another place: a chain's activity in another buurthuis. */
    public static DemoActivity sameTitleElsewhere(DemoActivity activity, DemoPlace elsewhere) {
        return new DemoActivity(activity.id() + "~elsewhere", activity.title(), activity.description(), elsewhere,
                activity.organiser(), activity.audiences(), activity.themes(), activity.cost(),
                twoDaysLater(activity.schedule()), List.of(), Map.of(), false);
    }

    /** A second session of a weekly club on the same day, four hours apart (10:00 and 14:00). */
    public static DemoActivity secondSession(DemoActivity activity) {
        DemoSchedule.Weekly weekly = (DemoSchedule.Weekly) activity.schedule();
        int hours = weekly.from().isBefore(LocalTime.of(15, 0)) ? 4 : -4;
        return new DemoActivity(activity.id() + "~second-session", activity.title(), activity.description(),
                activity.place(), activity.organiser(), activity.audiences(), activity.themes(), activity.cost(),
                new DemoSchedule.Weekly(weekly.day(), weekly.intervalWeeks(), weekly.from().plusHours(hours),
                        weekly.to().plusHours(hours)), List.of(), Map.of(), false);
    }

    /** A few of each kind, picked at random from the world's dated activities. */
    static List<DemoActivity> pick(List<DemoActivity> activities, List<DemoPlace> places, int each,
                                   RandomGenerator random) {
        List<DemoActivity> dated = activities.stream().filter(a -> !(a.schedule() instanceof DemoSchedule.Ongoing))
                .toList();
        List<DemoActivity> weekly = dated.stream().filter(a -> a.schedule() instanceof DemoSchedule.Weekly w
                && w.to().isBefore(LocalTime.of(20, 0))).toList();
        List<DemoActivity> negatives = new ArrayList<>();
        for (int i = 0; i < each; i++) {
            DemoActivity a = dated.get(random.nextInt(dated.size()));
            DemoActivity other = activities.get(random.nextInt(activities.size()));
            if (!other.place().id().equals(a.place().id())) {
                negatives.add(sameSlot(a, other));
            }
            DemoActivity b = dated.get(random.nextInt(dated.size()));
            DemoPlace elsewhere = places.get(random.nextInt(places.size()));
            if (!elsewhere.id().equals(b.place().id())) {
                negatives.add(sameTitleElsewhere(b, elsewhere));
            }
            negatives.add(secondSession(weekly.get(random.nextInt(weekly.size()))));
        }
        return negatives.stream().distinct().toList();
    }

    private static DemoSchedule twoDaysLater(DemoSchedule schedule) {
        return switch (schedule) {
            case DemoSchedule.Weekly w -> new DemoSchedule.Weekly(w.day().plus(2), w.intervalWeeks(), w.from(),
                    w.to());
            case DemoSchedule.Monthly m -> new DemoSchedule.Monthly(m.nth(), m.day().plus(2), m.from(), m.to());
            case DemoSchedule.Once o -> new DemoSchedule.Once(o.inDays() + 2, o.from(), o.to());
            case DemoSchedule.Ongoing o -> o;
        };
    }
}
