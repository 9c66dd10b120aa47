package io.sipush.ppg.push;

import java.util.List;
import java.util.Optional;

/** The operator's view of the stored pushes: searching them and reading one by its key. */
public interface PushSearchRepository {

    /** The pushes that match, newest first, from {@code offset}, at most {@code limit}. */
    List<Push> search(PushSearch search, int offset, int limit);

    /** How many pushes match. */
    long count(PushSearch search);

    /** The push with this store key (its {@link Push#id()}), of any PI. */
    Optional<Push> findByKey(long pushKey);
}
