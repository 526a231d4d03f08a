package cn.jixiao.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** The resources of deploy/kubernetes as kustomization.yaml lists them, read with the fabric8 Kubernetes model. */
final class ClusterManifests {

    static final Path PROJECT = Path.of(System.getProperty("jixiao.project.dir", "../.."));
    static final Path DIRECTORY = PROJECT.resolve("deploy/kubernetes");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Pattern CHANNEL_TOPIC = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.topic");

    final List<String> files;
    final List<HasMetadata> resources;

    private ClusterManifests(List<String> files, List<HasMetadata> resources) {
        this.files = files;
        this.resources = resources;
    }

    static ClusterManifests load() {
        List<String> files = kustomizationResources();
        List<HasMetadata> resources = new ArrayList<>();
        for (String file : files) {
            resources.addAll(read(DIRECTORY.resolve(file)));
        }
        return new ClusterManifests(files, resources);
    }

    @SuppressWarnings("unchecked")
    static List<String> kustomizationResources() {
        return (List<String>) kustomization().get("resources");
    }

    /** The kustomization's patches: each with its file (path) and its target (kind, labelSelector). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> kustomizationPatches() {
        return (List<Map<String, Object>>) kustomization().getOrDefault("patches", List.of());
    }

    /** A JSON patch file of the directory as its list of operations (op, path, value). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> jsonPatch(String file) {
        return SERIALIZATION.unmarshal(readString(DIRECTORY.resolve(file)), List.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kustomization() {
        return SERIALIZATION.unmarshal(readString(DIRECTORY.resolve("kustomization.yaml")), Map.class);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest files in the directory itself (not the module's build files). */
    static Set<String> manifestFiles() {
        try (Stream<Path> listing = Files.list(DIRECTORY)) {
            Set<String> names = new TreeSet<>();
            listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml"))
                    .filter(name -> !name.equals("kustomization.yaml"))
                    .forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T extends HasMetadata> List<T> ofType(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Resources of an operator's kind, e.g. ("kafka.strimzi.io", "KafkaTopic"). */
    List<GenericKubernetesResource> ofKind(String group, String kind) {
        return resources.stream()
                .filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast)
                .filter(resource -> resource.getKind().equals(kind)
                        && resource.getApiVersion().startsWith(group + "/"))
                .toList();
    }

    GenericKubernetesResource theOnly(String group, String kind) {
        List<GenericKubernetesResource> found = ofKind(group, kind);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + ", found " + found.size());
        }
        return found.get(0);
    }

    /** The topic names in a service's channel configuration (mp.messaging.*.*.topic). */
    static Set<String> channelTopics(String service) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(
                PROJECT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> topics = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = CHANNEL_TOPIC.matcher(key);
            if (matcher.matches()) {
                topics.add(properties.getProperty(key));
            }
        }
        return topics;
    }

    private static List<HasMetadata> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Object parsed = SERIALIZATION.unmarshal(in);
            if (parsed instanceof KubernetesList list) {
                return list.getItems();
            }
            if (parsed instanceof List<?> list) {
                return list.stream().map(HasMetadata.class::cast).toList();
            }
            return List.of((HasMetadata) parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
