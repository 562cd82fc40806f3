package io.concierge.toy;

import io.concierge.core.kernel.OptionRules;

import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "CNC_TOY_OPTIONS")
public class ToyOptionsImpl implements ToyOptions {

    private static final long serialVersionUID = 1L;

    /** Only the store's row (made by the kernel with the fixed id) exists, so no id generator is needed. */
    @Id
    @Column(name = "OPTIONS_ID")
    protected Long id;

    @Column(name = "STARS", nullable = false)
    protected Integer stars = 3;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public int getStars() {
        return stars;
    }

    @Override
    public void setStars(int stars) {
        this.stars = stars;
    }

    @Override
    public Map<String, String> violations() {
        return new OptionRules(ToyOptionsImpl.class).range("stars", stars, 1, 5).violations();
    }
}
