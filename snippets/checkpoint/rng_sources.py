import io
import pickle
import random

import numpy as np
import torch
from torch.utils.data import DataLoader

torch.manual_seed(0)
random.seed(0)
np.random.seed(0)

generator = torch.Generator().manual_seed(0)
loader = DataLoader(list(range(8)), batch_size=8, shuffle=True, generator=generator)  # (1)!


def draw():
    order = next(iter(loader)).tolist()
    return order, random.randint(0, 99), int(np.random.randint(100)), torch.randint(100, ()).item()


def save_and_load(obj):
    buffer = io.BytesIO()
    torch.save(obj, buffer)
    buffer.seek(0)
    return torch.load(buffer, weights_only=True)


try:
    save_and_load(np.random.get_state())
except pickle.UnpicklingError as error:
    message = next(line for line in str(error).splitlines() if "Unsupported global" in line)
    print("np.random.get_state(), weights_only=True:", message.strip().split(" was not ")[0])

name, keys, position, has_gauss, gauss = np.random.get_state()
states = save_and_load(
    {
        "torch": torch.get_rng_state(),
        "python": random.getstate(),  # (2)!
        "numpy": (name, torch.from_numpy(keys), position, has_gauss, gauss),  # (3)!
        "loader": generator.get_state(),  # (4)!
    }
)
print("            (loader order, random, numpy, torch)")
print("draw:      ", draw())
print("draw again:", draw())

torch.set_rng_state(states["torch"])
print("torch only:", draw())

torch.set_rng_state(states["torch"])
random.setstate(states["python"])
name, keys, position, has_gauss, gauss = states["numpy"]
np.random.set_state((name, keys.numpy(), position, has_gauss, gauss))
generator.set_state(states["loader"])
print("all four:  ", draw())
